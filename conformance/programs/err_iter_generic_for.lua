-- errors raised by generic-for iterators are caught, and the loop can be rerun
local function upto(n, failAt)
  return function(_, i)
    i = i + 1
    if i == failAt then error("iterator failed at " .. i) end
    if i <= n then return i end
  end, nil, 0
end
local function total(n, failAt)
  local s = 0
  for i in upto(n, failAt) do s = s + i end
  return s
end
print(pcall(total, 5))
print(pcall(total, 5, 3))
print(pcall(total, 10, 11))
local seen = {}
print(pcall(function()
  for i in upto(100, 4) do seen[#seen + 1] = i end
end))
print(#seen, table.concat(seen, ","))
print(pcall(function() for k in 42 do end end))
print(pcall(function() for k, v in pairs(nil) do end end))
print(pcall(function() for k, v in ipairs() do end end))
print(pcall(function() for k, v in next, {}, "nokey" do end end))

-- the loop ends only when the first value is nil, not false
local function gen(list)
  local i = 0
  return function()
    i = i + 1
    if i <= #list then return list[i] end
    return nil
  end
end
local seen = {}
for v in gen({true, false, true}) do seen[#seen + 1] = tostring(v) end
print(table.concat(seen, " "))
local function falsy_iter(_, c)
  if c == nil then return false end
  if c == false then return 0 end
  if c == 0 then return "" end
  return nil
end
for v in falsy_iter, nil, nil do io.write("[", tostring(v), "]") end
print()
local n = 0
for v in falsy_iter, nil, 0 do n = n + 1 end
print(n)

-- nested pcall: inner error is caught, outer continues, later outer error is reported
local log = {}
local function inner(x)
  if x > 1 then error("inner failed " .. x) end
  return x * 10
end
local function outer(x)
  local ok, v = pcall(inner, x)
  log[#log + 1] = tostring(ok) .. ":" .. tostring(v)
  if not ok then
    local ok2, v2 = pcall(inner, 1)
    log[#log + 1] = "retry " .. tostring(ok2) .. ":" .. tostring(v2)
  end
  if x == 3 then error("outer failed after inner", 0) end
  return "outer done " .. x
end
for x = 1, 3 do
  print(pcall(outer, x))
end
for i = 1, #log do print(i, log[i]) end
print(pcall(pcall, pcall, error, "deep"))
print(pcall(function()
  local a = {pcall(error, "x", 0)}
  local b = {pcall(error, a, 0)}
  return b[2] == a, a[2]
end))

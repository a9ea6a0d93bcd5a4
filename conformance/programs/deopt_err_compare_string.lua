-- a hot comparison's operand turns from integer to string
local function f(i)
  local k = i < 5000 and 1 or "oops"
  return k < i
end
for i = 1, 6000 do f(i) end

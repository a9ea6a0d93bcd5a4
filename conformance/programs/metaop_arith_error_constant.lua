-- arithmetic error when the table is the right operand and the left is a constant
local mt = {__add = function(a, b) return "add" end}
local v = setmetatable({}, mt)
print(3 + v, v + 3)
for i = 1, 5 do
  local w = setmetatable({}, mt)
  local _ = i + w
end
print("loop done")
print(10 % v)

-- error inside __add
local V = {}
V.__index = V
V.__add = function(a, b)
  if getmetatable(b) ~= V then error("cannot add vector and " .. type(b)) end
  return setmetatable({x = a.x + b.x}, V)
end
local function vec(x) return setmetatable({x = x}, V) end
local function addall(list)
  local acc = vec(0)
  for i = 1, #list do acc = acc + list[i] end
  return acc
end
print(addall({vec(1), vec(2)}).x)
print(addall({vec(1), 5}).x)

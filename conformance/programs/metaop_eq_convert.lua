-- __eq results are converted to booleans (nil/false -> false, 0/""/table -> true)
local rets = {n = 7, nil, false, 0, "", "no", {}, 0.0}
for i = 1, rets.n do
  local r = rets[i]
  local mt = {__eq = function() return r end}
  local a, b = setmetatable({}, mt), setmetatable({}, mt)
  local eq, ne = a == b, a ~= b
  print(i, type(r), eq, ne, type(eq))
end
local mt = {__eq = function() return 1, false end}
local x, y = setmetatable({}, mt), setmetatable({}, mt)
print("multi", x == y)
local t = {}
t.flag = (x == y)
print(t.flag, (x ~= y) == false)

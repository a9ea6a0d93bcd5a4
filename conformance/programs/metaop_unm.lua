-- __unm receives the operand twice (both arguments are printed)
local mt = {}
mt.__unm = function(a, b, c)
  print("unm args", a.v, b and b.v, rawequal(a, b), c)
  return setmetatable({v = -a.v}, mt)
end
local t = setmetatable({v = 5}, mt)
local n = -t
print(n.v)
local nn = - -t
print(nn.v)
print((-(-(-t))).v)
local mt2 = {__unm = function(...) return select("#", ...) end}
local u = setmetatable({}, mt2)
print("nargs", -u)
local mt3 = {__unm = function(x) return x end}
local w = setmetatable({}, mt3)
print(rawequal(-w, w))
print(-(2), -(-2.5), -"3")

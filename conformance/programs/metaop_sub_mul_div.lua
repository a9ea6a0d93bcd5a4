-- __sub, __mul, __div see operands in original order with tables on either side
local mt = {}
local function show(v)
  if type(v) == "table" then return "<" .. v.n .. ">" end
  return math.type(v) .. ":" .. tostring(v)
end
mt.__sub = function(a, b) print("sub", show(a), show(b)); return "s" end
mt.__mul = function(a, b) print("mul", show(a), show(b)); return "m" end
mt.__div = function(a, b) print("div", show(a), show(b)); return "d" end
local a = setmetatable({n = "a"}, mt)
local b = setmetatable({n = "b"}, mt)
print(a - 1, 1 - a, a - b, b - a)
print(a * 2.0, 3 * a, a * b)
print(a / 4, 0.5 / b, b / a)
local k = 10
print(k - a, a * k, k / b)

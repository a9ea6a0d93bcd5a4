-- __mod, __pow, __idiv with tables on the left, right and both sides
local mt = {}
local function show(v)
  if type(v) == "table" then return "T" .. v.v end
  return tostring(v)
end
mt.__mod = function(a, b) return "mod(" .. show(a) .. "," .. show(b) .. ")" end
mt.__pow = function(a, b) return "pow(" .. show(a) .. "," .. show(b) .. ")" end
mt.__idiv = function(a, b) return "idiv(" .. show(a) .. "," .. show(b) .. ")" end
local x = setmetatable({v = 1}, mt)
local y = setmetatable({v = 2}, mt)
print(x % 3, 3 % x, x % y)
print(x ^ 2, 2 ^ x, x ^ y)
print(x // 0, 0 // x, y // x)
print(x % 0, 0.0 // y, 2 ^ x.v)
print(x ^ 2 ^ y)

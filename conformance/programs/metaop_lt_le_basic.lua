-- __lt and __le: results converted to booleans; > and >= swap the operands
local mt = {}
mt.__lt = function(a, b) print("  lt", a.n, b.n); return a.v < b.v and "yes" or nil end
mt.__le = function(a, b) print("  le", a.n, b.n); return a.v <= b.v and 0 or false end
local a = setmetatable({n = "a", v = 1}, mt)
local b = setmetatable({n = "b", v = 2}, mt)
print("a<b", a < b)
print("b<a", b < a)
print("a>b", a > b)
print("b>a", b > a)
print("a<=b", a <= b)
print("a>=b", a >= b)
print("b>=a", b >= a)
print("a<=a", a <= a)
print("not", not (a < b), not (a >= b))
local x = a < b
print(type(x), x == true)
if b > a then print("b bigger") end

-- __le absent but __lt present: lua5.4 (5.3 compat) computes a <= b as not (b < a)
local mt = {}
mt.__lt = function(a, b)
  print("  lt called", a.n, b.n)
  return a.v < b.v
end
local a = setmetatable({n = "a", v = 1}, mt)
local b = setmetatable({n = "b", v = 2}, mt)
local c = setmetatable({n = "c", v = 1}, mt)
print("a<=b", a <= b)
print("b<=a", b <= a)
print("a<=c", a <= c)
print("a>=b", a >= b)
print("b>=a", b >= a)
local only_le = setmetatable({n = "x", v = 5}, {__le = function(x, y) print("  le called"); return true end})
print("le only", only_le <= only_le)
local n = 0
for i = 1, 3 do if a <= c then n = n + 1 end end
print("count", n)

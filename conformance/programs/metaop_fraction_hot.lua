-- a fraction class with integer arithmetic events, comparisons and __idiv/__mod in hot loops
local F = {}
local function gcd(a, b) while b ~= 0 do a, b = b, a % b end; return a end
local function frac(n, d)
  if type(n) == "table" then return n end
  d = d or 1
  if d < 0 then n, d = -n, -d end
  local g = gcd(math.abs(n), d)
  return setmetatable({n = n // g, d = d // g}, F)
end
F.__add = function(a, b) a, b = frac(a), frac(b); return frac(a.n * b.d + b.n * a.d, a.d * b.d) end
F.__sub = function(a, b) a, b = frac(a), frac(b); return frac(a.n * b.d - b.n * a.d, a.d * b.d) end
F.__mul = function(a, b) a, b = frac(a), frac(b); return frac(a.n * b.n, a.d * b.d) end
F.__div = function(a, b) a, b = frac(a), frac(b); return frac(a.n * b.d, a.d * b.n) end
F.__idiv = function(a, b) local q = a / b; return q.n // q.d end
F.__mod = function(a, b) return a - frac(a // b) * b end
F.__lt = function(a, b) a, b = frac(a), frac(b); return a.n * b.d < b.n * a.d end
F.__le = function(a, b) a, b = frac(a), frac(b); return a.n * b.d <= b.n * a.d end
F.__eq = function(a, b) return a.n == b.n and a.d == b.d end
F.__tostring = function(a) return a.n .. "/" .. a.d end
local h = frac(0)
for k = 1, 20000 do h = h + frac(1, (k % 12) + 1) - frac(1, 13) end
print(tostring(h), h > 1000, h <= frac(1, 2))
local s, cnt = frac(7, 3), 0
for k = 1, 20000 do if (s * k) % 2 < frac(1) then cnt = cnt + 1 end end
print(cnt, frac(7, 2) // 1, tostring(frac(7, 2) % frac(1, 3)), tostring(1 - frac(1, 3)))
print(frac(2, 4) == frac(1, 2), 2 > frac(3, 2), tostring(frac(3, -6) / 3))

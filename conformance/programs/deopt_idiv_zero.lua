-- integer division is hot with good divisors, then divides by zero
local function q(a, b) return a // b end
local function r(a, b) return a % b end
local s = 0
for i = 1, 6000 do
  s = s + q(i * 7, (i % 13) + 1) + r(i, (i % 5) + 1)
end
print("sum", s)
print("float zero", q(1, 0.0), r(1, 0.0), q(-1, 0.0), q(0.0, 0.0) ~= q(0.0, 0.0))
print("neg", q(-9, 4), r(-9, 4), q(9, -4), r(9, -4))
print("minint", q(math.mininteger, -1), r(math.mininteger, -1))
local k = 0
for i = 1, 3000 do k = k + r(i, 3) end
print("k", k)
print("about to divide by zero")
print(q(10, 0))

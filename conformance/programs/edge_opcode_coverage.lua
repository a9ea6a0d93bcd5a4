-- One use of each opcode no other corpus program needs (typed integer and float operations,
-- value comparisons of known floats, fused compare-and-branch shapes, a missing library field).
print(math.nope, string.nothing)

local function ints(a, b)
  local d = a - b
  local m = a % b
  local le = a <= b
  print(d, m, le)
end
ints(17, 5)
ints(-7, 3)

local function floats(x, y)
  local lt = x < y
  local gt = x > y
  local ge = x >= y
  print(lt, gt, ge)
end
floats(1.5, 2.5)
floats(2.5, 2.5)
floats(0.0 / 0.0, 1.0)

local function branches(a, b)
  local n = 0
  if a + 1 >= b * 2 then n = n + 1 end
  if a + 1 ~= b then n = n + 10 end
  if a * 2 >= b then n = n + 100 end
  return n
end
print(branches(5, 3), branches(1, 2), branches(3, 4), branches(-1, 0))

for i = 1, 3 do
  local x, y = i * 1.5, 3.0
  print(x < y, x > y, x >= y)
  local p, q = i, 2
  print(p - q, p % q, p <= q)
  print((p * 3) - (q * 2), (p * 7) % (q + 1))
end

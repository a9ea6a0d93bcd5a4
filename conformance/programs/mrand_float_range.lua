-- math.random() floats lie in [0, 1) and are 53-bit fractions
math.randomseed(31337)
local minv, maxv = 1, 0
local allfloat, frac53 = true, true
for i = 1, 20000 do
  local f = math.random()
  if math.type(f) ~= "float" then allfloat = false end
  if f < minv then minv = f end
  if f > maxv then maxv = f end
  local s = f * 2^53
  if s ~= math.floor(s) then frac53 = false end
end
print("all float", allfloat)
print("53-bit", frac53)
print("in range", minv >= 0, maxv < 1)
print(string.format("min %.6f max %.6f", minv, maxv))
math.randomseed(31337)
for i = 1, 5 do print(string.format("%a", math.random())) end
-- integers from random(m) are integers
print(math.type(math.random(5)), math.type(math.random(1, 5)), math.type(math.random(0)))

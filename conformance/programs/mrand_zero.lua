-- math.random(0) yields whole 64-bit integers
math.randomseed(99)
local neg, pos = 0, 0
for i = 1, 10 do
  local v = math.random(0)
  print(i, math.type(v), v)
end
for i = 1, 1000 do
  if math.random(0) < 0 then neg = neg + 1 else pos = pos + 1 end
end
print("neg", neg, "pos", pos)
math.randomseed(99)
print("first again", math.random(0))
math.randomseed(99)
-- random(0) and random(minint, maxint) use the same raw value?
local a = math.random(0)
math.randomseed(99)
local b = math.random(math.mininteger, math.maxinteger)
print("same raw", a == b)

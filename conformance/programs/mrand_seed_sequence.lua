-- math.randomseed(n): fixed sequences of floats and integers, reseeding repeats them
math.randomseed(42)
local a = {}
for i = 1, 6 do a[#a + 1] = math.random() end
for i = 1, 6 do a[#a + 1] = math.random(100) end
for i = 1, 6 do a[#a + 1] = math.random(-10, 10) end
for i = 1, #a do
  local v = a[i]
  if math.type(v) == "float" then
    print(i, math.type(v), string.format("%.17g", v))
  else
    print(i, math.type(v), v)
  end
end
math.randomseed(42)
local same = true
for i = 1, 6 do if math.random() ~= a[i] then same = false end end
for i = 7, 12 do if math.random(100) ~= a[i] then same = false end end
for i = 13, 18 do if math.random(-10, 10) ~= a[i] then same = false end end
print("reseed same", same)
math.randomseed(43)
local diff = false
for i = 1, 6 do if math.random() ~= a[i] then diff = true end end
print("other seed differs", diff)
-- seed 0 and negative seeds
for _, s in ipairs({0, -1, 7, math.maxinteger, math.mininteger}) do
  math.randomseed(s)
  print("seed", s, math.random(1000), math.random(1000), math.random(1000))
end

-- Fisher-Yates shuffle with a fixed seed
local function shuffle(t)
  for i = #t, 2, -1 do
    local j = math.random(i)
    t[i], t[j] = t[j], t[i]
  end
  return t
end
local function range(n)
  local t = {}
  for i = 1, n do t[i] = i end
  return t
end
math.randomseed(7)
print(table.concat(shuffle(range(10)), " "))
print(table.concat(shuffle(range(10)), " "))
print(table.concat(shuffle(range(20)), " "))
math.randomseed(7)
print(table.concat(shuffle(range(10)), " "))
-- shuffled list is still a permutation
math.randomseed(8)
local t = shuffle(range(1000))
local seen, ok = {}, true
for i = 1, #t do
  if seen[t[i]] then ok = false end
  seen[t[i]] = true
end
print("permutation", ok, #t)
local fixed = 0
for i = 1, #t do if t[i] == i then fixed = fixed + 1 end end
print("fixed points", fixed)
-- shuffle strings
math.randomseed(0, 1)
print(table.concat(shuffle({"a", "b", "c", "d", "e", "f", "g"}), ""))

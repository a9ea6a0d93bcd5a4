-- comparison functions hot on numbers, then strings, then mixed
local function lt(a, b) return a < b end
local function le(a, b) return a <= b end
local function max2(a, b) if a > b then return a else return b end end
local c = 0
for i = 1, 4000 do
  if lt(i, 2000) then c = c + 1 end
  if le(i % 7, 3) then c = c + 1 end
  c = c + max2(i, 3000) - 3000
end
print("numbers", c)
print("strings", lt("a", "b"), lt("b", "a"), le("abc", "abc"), le("abd", "abc"))
print("max strings", max2("apple", "banana"), max2("z", "aa"), max2("", "\0"))
print("mixed num", lt(1, 1.5), le(2.0, 2), max2(1, 0.5), max2(-0.0, 0))
print("nan", lt(0/0, 1), le(0/0, 0/0), max2(0/0, 1))
local words = 0
local prev = ""
for i = 1, 3000 do
  local w = tostring(i)
  if lt(prev, w) then words = words + 1 end
  prev = w
end
print("string order", words)
print("int float extremes", lt(math.maxinteger, 2^63), le(2^53, 2^53 + 1), lt(math.mininteger, -2^63))
print("before mixed")
print(lt(1, "2"))

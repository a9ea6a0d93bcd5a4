-- arithmetic speculated on numbers later sees numeric strings
local function add(a, b) return a + b end
local function neg(a) return -a end
local function pow(a, b) return a ^ b end
local function fdiv(a, b) return a / b end
local s = 0
for i = 1, 3500 do
  s = add(s, i) + neg(i) + fdiv(i, i)
end
s = s + pow(2, 10)
print("warm", s)
print("str+int", add("10", 1), math.type(add("10", 1)))
print("str+str", add("3", "4"), add("0x10", "1"), add(" 5 ", 2))
print("str float", add("1.5", 1), add("1e2", 0), add("10", 0.5))
print("neg str", neg("7"), neg("-2.5"), neg("0x10"))
print("pow str", pow("2", "3"), pow(2, "0.5"))
print("fdiv str", fdiv("1", "4"), fdiv("9", 3))
local c = 0
for i = 1, 3000 do
  c = add(c, tostring(i % 10))
end
print("coerced loop", c, math.type(c))
print("concat then add", add("1" .. "2", 3))
print("before error")
print(add("abc", 1))

-- strings are not coerced for bitwise operators
print("arith on string works", "3" + 1)
local s = "3"
print("s", s)
print(s | 1)

-- integer modulo by zero is an error (float modulo gives nan)
print("before")
print("1%0.0 fine", 1 % 0.0)
local a, b = 10, 0
print("a", a, "b", b)
print("modulo") print(a % b)
print("not reached")

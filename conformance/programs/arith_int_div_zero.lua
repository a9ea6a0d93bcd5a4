-- integer floor division by zero is an error (float division is not)
print("before")
print("1//0.0 fine", 1 // 0.0)
print("1.0//0 fine", 1.0 // 0)
local a, b = 10, 0
print("a", a, "b", b)
print("dividing") print(a // b)
print("not reached")

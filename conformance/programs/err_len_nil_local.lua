-- length of a nil local
local x = {1, 2, 3}
print(#x)
x[#x + 1] = 4
print(#x)
local y = x[10]
print(y)
local s = "str"
print(#s)
x = y
print("length of nil")
print(#x)
print("unreachable")

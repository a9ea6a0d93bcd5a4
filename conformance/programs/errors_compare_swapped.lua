print("start")
local a, b = 1, "2"
print(a ~= b)
print(a > b)

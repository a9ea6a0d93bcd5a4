print("start")
local x, y
print(x == y)
print(x <= y)

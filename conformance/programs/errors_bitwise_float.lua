print("start")
local x = 2.5
print(math.tointeger(x))
print(x & 1)

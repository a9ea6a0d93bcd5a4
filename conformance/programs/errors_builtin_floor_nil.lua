print("start")
print(math.floor(2.5))
local v
print(math.floor(v))

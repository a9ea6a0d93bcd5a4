print("start")
local t
print("t is", t)
print(t + 1)

print("start")
local m
print(1 | 2)
print(m ~ 1)

print("never")
print(1, 2
local y = 3

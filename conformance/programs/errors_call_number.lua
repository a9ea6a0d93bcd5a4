print("start")
local n = 42
print("n", n)
n(1)

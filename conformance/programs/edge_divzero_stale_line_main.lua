local a = 5
local z = 0
print("x")
local b = a + 1
local c = a // z

-- a method call on a number indexes a number value
local n = 12
print(n:floor())

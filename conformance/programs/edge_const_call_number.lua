-- a <const> local holding a number is folded: the call error carries no variable name
local c <const> = 5
print("before")
c()

-- a <const> local holding a string is folded into a constant: Lua names it "constant 'abc'"
local c <const> = "abc"
print("before")
c()

print("start")
local n = 5
print(("ab"):rep(2))
print(n:rep(2))

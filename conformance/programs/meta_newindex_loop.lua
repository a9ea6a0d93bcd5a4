-- __newindex cycle between two tables: assignment to a fresh key loops and errors
local a, b = {}, {}
setmetatable(a, {__newindex = b, __index = b})
setmetatable(b, {__newindex = a, __index = {fallback = "fb"}})
rawset(b, "known", 1)
a.known = 2 -- found raw in b, stored there
print(rawget(a, "known"), b.known, a.fallback)
print("assigning a fresh key")
a.fresh = true
print("unreachable")

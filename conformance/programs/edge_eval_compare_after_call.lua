local q = 5
local function f() q = 1 return 3 end
print(q > f(), q)

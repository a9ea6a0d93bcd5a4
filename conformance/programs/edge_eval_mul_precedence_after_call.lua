local q = 1
local function f() q = q + 1 return q end
local r = q + f() * q
print(r, q)

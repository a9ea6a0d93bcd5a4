local q = 1
local function f() q = q + 1 return 0 end
local n = 0
while q + f() < 5 do n = n + 1 end
print(n, q)

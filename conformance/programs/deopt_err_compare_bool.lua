-- a hot comparison gets a boolean
local function f(a, b) return a < b end
for i = 1, 6000 do f(i, 3) end
print(f(true, 1))

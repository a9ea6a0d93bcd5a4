-- a hot bitwise and gets a huge float then a string
local function f(a, b) return a & b end
for i = 1, 6000 do f(i, 3) end
print(f(2^53, 1))
print(f("3", 1))

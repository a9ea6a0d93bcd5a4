-- hot integer floor division, then a string zero divisor (error raised without position)
local function f(a, b) return a // b end
for i = 1, 6000 do f(i, 3) end
print(f(1, "0"))

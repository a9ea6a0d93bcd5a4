-- a hot concatenation gets nil
local function f(a, b) return a .. b end
for i = 1, 6000 do f(i, "x") end
print(f(1, nil))

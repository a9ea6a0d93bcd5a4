-- a hot call through a parameter finally gets a string
local function f(x) return x() end
local function one() return 1 end
local s = 0
for i = 1, 6000 do s = s + f(one) end
print(s)
f("str")

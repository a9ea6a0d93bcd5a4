-- local declarations adjust results to the number of names
local function none() end
local function one() return 1 end
local function two() return 1, 2 end
local function three() return 1, 2, 3 end
local a, b, c = three()
print(a, b, c)
a, b, c = two()
print(a, b, c)
a, b, c = one()
print(a, b, c)
a, b, c = none()
print(a, b, c)
local x = three()
print(x)
local p, q = three(), 10
print(p, q)
local r, s, t = 0, three()
print(r, s, t)
local u, v, w = three(), three()
print(u, v, w)
local m, n = (three())
print(m, n)
local i, j, k, l = 5, two()
print(i, j, k, l)

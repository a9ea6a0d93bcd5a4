local a = 1
local function f() a = 10 return 5 end
a, b = f(), a
print(a, b)
a = 1
a, b = a, f()
print(a, b)
a = 1
local c, d = a, f()
print(a, c, d)
g = 1
local function h() g = 20 return 7 end
g, k = g, h()
print(g, k)
g = 1
k, g = h(), g
print(g, k)
local x, y = 1, 2
x, y = y, x
x, y = y + x, x - y
print(x, y)
local p = 1
local function bump() p = p + 1 return p end
p, p, p = bump(), bump(), bump()
print(p)
local u1, u2 = 1, 2
local function sw() u1, u2 = u2, u1 end
sw() print(u1, u2)
local r = 0
r = (function() r = 100 return 1 end)() + r
print(r)
local s = "a"
s = s .. (function() s = "Z" return "b" end)() .. s
print(s)

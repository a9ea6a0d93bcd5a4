local u = 0
local function f() u, u = 1, 2 return u end
print(f(), u)
g = 0
g, g, g = 1, 2, 3
print(g)
local l = 0
l, g, l = 5, 6, 7
print(l, g)
local function h() g, u, g, u = "a", "b", "c", "d" end
h() print(g, u)
local a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
a, b = b
print(a, b)
local x = 1
local x, x = x + 1, x + 2
print(x)
local function k(p, p) return p end
print(k(1, 2))

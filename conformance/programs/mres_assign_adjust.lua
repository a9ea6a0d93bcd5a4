-- multiple assignment: only the last expression is expanded
local function f() return "f1", "f2", "f3" end
local function g() return "g1", "g2" end
local a, b, c, d
a, b = f(), g()
print(a, b)
a, b, c = f(), g()
print(a, b, c)
a, b, c, d = f(), g()
print(a, b, c, d)
a, b, c, d = g(), f()
print(a, b, c, d)
a, b, c, d = (f()), (g())
print(a, b, c, d)
a, b = f()
print(a, b)
local t = {}
t.x, t.y, t.z = g()
print(t.x, t.y, t.z)
t[1], t[2], t[3], t[4] = 0, f()
print(t[1], t[2], t[3], t[4])
a, b, c = 1
print(a, b, c)
a, b = 1, 2, f()
print(a, b)

-- multiple assignment with table targets
local t = {1, 2, 3}
local i = 1
i, t[i] = i + 1, 20
print(i, t[1], t[2])
local a = {}
a.x, a.y, a.z = 1, 2
print(a.x, a.y, a.z)
a.x, a.y = a.y, a.x
print(a.x, a.y)
local b = {10, 20, 30}
b[1], b[2], b[3] = b[3], b[1], b[2]
print(b[1], b[2], b[3])
local c = {}
c[1], c[2], c[3] = "a", "b", "c", "d"
print(#c, c[1], c[3])
local k = "p"
local d = {}
d[k], k = 5, "q"
print(d.p, d.q, k)
local e = {{}, {}}
e[1].v, e[2].v = e, 7
print(e[1].v == e, e[2].v)
local x, y = {}, {}
x.n, y.n = 1, x
print(x.n, y.n.n)
local swap = {"first", "second"}
swap[1], swap[2] = swap[2], swap[1]
print(swap[1], swap[2])

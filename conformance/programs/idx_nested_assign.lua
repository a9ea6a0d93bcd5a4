-- assignment through chains of fields and indices
local t = {a = {b = {}}, list = {{}, {}, {}}}
t.a.b.c = 1
print(t.a.b.c)
t.a["b"].d = 2
print(t.a.b.d)
t.list[2].x = "two"
print(t.list[2].x, t.list[1].x)
t.list[#t.list + 1] = {x = "four"}
print(#t.list, t.list[4].x)
local i, j = 1, 3
t.list[i].y = j
t.list[j].y = i
print(t.list[1].y, t.list[3].y)
t["a"]["b"]["c"] = t.a.b.c + 10
print(t.a.b.c)
local function get() return t end
get().z = "via call"
print(t.z)
get().a.b.e = "deep via call"
print(t.a.b.e)
local m = {}
for r = 1, 3 do m[r] = {} end
for r = 1, 3 do for c = 1, 3 do m[r][c] = r * 10 + c end end
print(m[1][1], m[2][3], m[3][2])
m[m[1][1] - 9][2] = "changed"
print(m[2][2])

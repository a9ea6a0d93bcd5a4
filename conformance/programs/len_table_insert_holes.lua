-- table.insert and table.remove follow #
local t = {1, 2, 3}
t[5] = 5
print(#t)
table.insert(t, "x")
print(#t, t[4], t[5], t[6])
local u = {}
u[1] = 1
u[3] = 3
print(#u)
table.insert(u, 2)
print(#u, u[2])
local w = {1, 2, 3, 4}
w[2] = nil
print(#w)
print(table.remove(w))
print(#w, w[3])

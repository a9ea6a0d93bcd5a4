-- ordering comparison of two tables
local a = {v = 1}
local b = {v = 2}
print(a.v < b.v)
print(a == b, a ~= b)
print(a == a)
local list = {b, a}
table.sort(list, function(x, y) return x.v < y.v end)
print(list[1].v, list[2].v)
print("comparing tables directly")
print(a < b)
print("unreachable")

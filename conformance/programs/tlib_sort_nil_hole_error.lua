-- sorting an array containing tables without comparator
local a = {{v = 2}, {v = 1}}
table.sort(a, function(x, y) return x.v < y.v end)
print(a[1].v, a[2].v)
local b = {5, 4}
table.sort(b)
print(b[1], b[2])
print(#a)
a[3] = {v = 0}
print(#a)
print("sorting tables")
table.sort(a)
print("unreachable")

-- table.insert with a non-integral position
local t = {10, 20, 30}
table.insert(t, 2.0, 15)
print(table.concat(t, " "))
table.insert(t, "1", 5)
print(table.concat(t, " "))
print(#t)
local p = 3 / 2
print(p, math.type(p))
table.insert(t, p, 99)
print("unreachable")

-- table.insert at position 0 is out of bounds
local t = {}
table.insert(t, 1, "first")
print(#t, t[1])
table.insert(t, 2, "second")
print(#t, t[2])
table.insert(t, 1, "new first")
print(table.concat(t, ","))
local pos = 0
print("position", pos)
table.insert(t, pos, "bad")
print("unreachable")

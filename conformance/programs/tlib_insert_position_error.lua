-- table.insert with a position past #t+1
local t = {"a", "b", "c"}
table.insert(t, 4, "d")
print(table.concat(t))
table.insert(t, 1, "z")
print(table.concat(t))
print(#t)
table.insert(t, #t + 1, "e")
print(table.concat(t), #t)
print("inserting at", #t + 2)
table.insert(t, #t + 2, "oops")
print("unreachable")

-- table.concat with a nil in the range
local t = {"a", "b", "c"}
print(table.concat(t, ","))
print(table.concat(t, ",", 1, 2))
t[2] = nil
print(#t)
print(table.concat(t, ",", 1, 1))
print(table.concat(t, ",", 3, 3))
print(t[1], t[2], t[3])
print("now concat the hole")
print(table.concat(t, ",", 1, 3))
print("unreachable")

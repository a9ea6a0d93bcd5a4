-- table.remove with a position outside 1..#t+1
local t = {1, 2, 3}
print(table.remove(t, 4))
print(table.remove(t, 3))
print(#t, table.concat(t, ","))
print(table.remove(t, 1), #t)
print(table.remove({}, 0))
print(table.remove({}, 1))
print("removing at 5")
print(table.remove(t, 5))
print("unreachable")

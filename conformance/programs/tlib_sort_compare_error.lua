-- sorting values that cannot be compared
local t = {3, 1, 2}
table.sort(t)
print(table.concat(t, " "))
local s = {"b", "a"}
table.sort(s)
print(table.concat(s, " "))
local mixed = {1, "2", 3}
print(#mixed, type(mixed[2]))
print("sorting mixed")
table.sort(mixed)
print("unreachable")

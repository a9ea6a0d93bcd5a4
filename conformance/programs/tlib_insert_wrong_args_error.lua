-- table.insert with too many arguments
local t = {1, 2, 3}
table.insert(t, 4)
table.insert(t, 1, 0)
print(table.concat(t, " "))
local function add(...) table.insert(t, ...) end
add(5)
print(table.concat(t, " "))
add(1, -1)
print(table.concat(t, " "))
print("three arguments after the table")
add(1, 2, 3)
print("unreachable")

-- table.concat with a table element
local t = {1, 2, 3}
print(table.concat(t, " "))
t[4] = "four"
print(table.concat(t, " "))
t[5] = 5.5
print(table.concat(t, " "))
print(#t)
t[6] = {}
print(#t)
print("concat")
print(table.concat(t, " "))
print("unreachable")

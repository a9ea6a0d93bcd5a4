-- table.sort with a comparator that is not a function
local t = {3, 1, 2}
table.sort(t, nil)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local cmp = {desc = true}
print(type(cmp))
print(type(cmp.desc))
print(#t)
table.sort(t, cmp.desc)
print("unreachable")

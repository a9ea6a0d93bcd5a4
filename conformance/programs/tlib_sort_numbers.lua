-- table.sort on numbers, default and custom order
local t = {5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local f = {3.5, -1, 2, 2.25, -7.5, 0, 100}
table.sort(f)
print(table.concat(f, " "))
local m = {3, 1.5, 2, 1, 2.5}
table.sort(m)
print(table.concat(m, " "))
local one = {42}
table.sort(one)
print(one[1])
local none = {}
table.sort(none)
print(#none)
local dup = {3, 1, 3, 2, 1, 3}
table.sort(dup)
print(table.concat(dup, ""))
local neg = {-3, -10, 5, 0, -1}
table.sort(neg, function(a, b) return math.abs(a) < math.abs(b) end)
print(table.concat(neg, " "))
local mixedint = {math.maxinteger, math.mininteger, 0, -1, 1}
table.sort(mixedint)
print(table.concat(mixedint, " "))
local sorted = {1, 2, 3, 4, 5}
table.sort(sorted)
print(table.concat(sorted, ""))

-- an inconsistent comparator makes sort fail
local t = {}
for i = 1, 100 do t[i] = (i * 37) % 101 end
print(#t, t[1], t[100])
table.sort(t)
print(t[1], t[50], t[100])
table.sort(t, function(a, b) return a > b end)
print(t[1], t[100])
local small = {3, 1, 2}
table.sort(small, function(a, b) return true end)
print(#small)
print("sorting with an invalid order function")
table.sort(t, function(a, b) return true end)
print("unreachable")

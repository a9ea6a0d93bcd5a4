-- a runtime error (comparing number with nil) inside a sort comparator
local t = {5, 3, 8, 1, 9, 2}
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local keys = {{k = 3}, {k = 1}, {}, {k = 2}}
local function go()
  table.sort(keys, function(a, b) return a.k < b.k end)
end
go()

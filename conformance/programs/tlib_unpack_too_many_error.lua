-- table.unpack over a huge range
local t = {1, 2, 3}
print(table.unpack(t))
print(select("#", table.unpack(t, 1, 10)))
print(select("#", table.unpack(t, 1, 100)))
local n = 1000
print(select("#", table.unpack(t, 1, n)))
local r = {table.unpack({}, 1, 250)}
print(#r)
print("huge range")
print(table.unpack(t, 1, 1e7))
print("unreachable")

-- table.unpack with explicit ranges
local t = {"a", "b", "c", "d"}
print(table.unpack(t))
print(table.unpack(t, 2))
print(table.unpack(t, 2, 3))
print(table.unpack(t, 4, 4))
print(table.unpack(t, 0, 2))
print(table.unpack(t, 3, 6))
print(select("#", table.unpack(t, 5)))
print(select("#", table.unpack(t, 1, 0)))
print(select("#", table.unpack(t, -2, 2)))
local h = {1, nil, 3, nil}
print(select("#", table.unpack(h, 1, 4)))
print(table.unpack(h, 1, 4))
local a, b, c = table.unpack({10, 20})
print(a, b, c)
local function sum(...) local s = 0 for i = 1, select("#", ...) do s = s + (select(i, ...)) end return s end
local big = {}
for i = 1, 200 do big[i] = i end
print(sum(table.unpack(big)))
print(sum(table.unpack(big, 101)))
print(table.unpack({1, 2, 3}, 2.0, 3.0))
print(table.unpack({1, 2, 3}, "2", "3"))

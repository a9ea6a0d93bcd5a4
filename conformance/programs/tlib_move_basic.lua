-- table.move within and between tables
local t = {1, 2, 3, 4, 5}
local r = table.move(t, 1, 3, 3)
print(r == t, table.concat(t, ","))
t = {1, 2, 3, 4, 5}
table.move(t, 3, 5, 1)
print(table.concat(t, ","))
local src = {"a", "b", "c"}
local dst = {"x", "y", "z", "w"}
local res = table.move(src, 1, 3, 2, dst)
print(res == dst, table.concat(dst, ""))
print(table.concat(table.move({1, 2, 3}, 1, 3, 1, {}), " "))
local e = table.move({}, 1, 0, 1, {"keep"})
print(#e, e[1])
local c = table.move({1, 2, 3}, 1, 3, 4)
print(#c, table.concat(c, ","))
local neg = table.move({10, 20, 30}, 1, 3, -1, {})
print(neg[-1], neg[0], neg[1], neg[2])
local holes = table.move({1, nil, 3}, 1, 3, 1, {})
print(holes[1], holes[2], holes[3])
local copy = table.move({5, 6, 7, 8}, 2, 3, 1, {})
print(#copy, copy[1], copy[2])
local shift = {1, 2, 3, 4, 5, 6}
table.move(shift, 2, 6, 1)
shift[6] = nil
print(table.concat(shift, ""))

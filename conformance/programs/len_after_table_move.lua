-- # after table.move creates or fills gaps
local t = {1, 2, 3}
table.move(t, 1, 3, 5)
print(#t, t[4], t[5], t[7])
local u = {}
table.move({1, 2, 3, 4}, 1, 4, 1, u)
print(#u)
local w = {}
table.move({1, 2, 3}, 1, 3, 2, w)
print(#w, w[1], w[2])
w[1] = 0
print(#w)
local x = {1, 2, 3, 4, 5}
table.move({}, 1, 3, 1, x)
print(#x)

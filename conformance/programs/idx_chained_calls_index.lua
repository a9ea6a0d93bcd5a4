-- indexing results of calls and parenthesized expressions
local function make() return {a = {b = {c = "deep"}}, list = {10, 20, 30}} end
print(make().a.b.c)
print(make().list[2])
print(#make().list)
local t = make()
print((t).a.b.c, (t.list)[3])
local function pick(k) return t[k] end
print(pick("list")[1], pick("a").b.c)
local grid = {{1, 2}, {3, 4}}
local function row(i) return grid[i] end
print(row(2)[1] + row(1)[2])
row(1)[1] = 100
print(grid[1][1])
print(({1, 2, 3})[2], ({x = "y"}).x, ({{"z"}})[1][1])
local s = {"abc"}
print(string.upper(s[1]))

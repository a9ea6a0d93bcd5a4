-- calls in non-final positions give one value
local function two() return "x", "y" end
local function none() end
local t = {two(), two(), two()}
print(#t, table.concat(t, ","))
print(two(), two(), two())
print(none(), "after")
print("before", none())
print(none(), none(), 1)
local a, b, c, d = two(), none(), two()
print(a, b, c, d)
local s = string.format("%s %s %s", two(), two())
print(s)
local u = {none(), none()}
print(#u)
local v = {none(), 5}
print(v[1], v[2], #v)
local function args(...) return select("#", ...) end
print(args(two(), two()), args(none(), none()), args(two(), none()))

-- table.unpack in different expression positions
local t = {1, 2, 3}
local a, b = table.unpack(t)
print(a, b)
local c = {table.unpack(t), table.unpack(t)}
print(#c, table.concat(c, ","))
print(table.unpack(t), "end")
print("start", table.unpack(t))
local function f(...) return select("#", ...) end
print(f(table.unpack(t)), f(table.unpack(t), 0), f(0, table.unpack(t)))
local s = table.unpack(t) + table.unpack(t)
print(s)
local m = math.max(table.unpack({4, 9, 2}))
print(m)
local x, y, z, w = 0, table.unpack({"p", "q"})
print(x, y, z, w)
print((table.unpack(t)))

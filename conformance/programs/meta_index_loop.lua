-- __index cycle between two tables: missing key raises "'__index' chain too long; possible loop"
local a, b = {}, {}
setmetatable(a, {__index = b})
setmetatable(b, {__index = a})
a.x = "ax"
b.y = "by"
print(a.x, a.y, b.x, b.y)
print(rawget(a, "y"), rawget(b, "x"))
-- a long but finite chain (50 levels) is fine
local top = {deep = "bottom"}
for i = 1, 50 do top = setmetatable({}, {__index = top}) end
print(top.deep, top.other)
print("reading a missing key")
print(a.missing)

-- bitwise op on a table without __band names the local
local mt = {__bor = function(a, b) return 1 end}
local t = setmetatable({}, mt)
print(t | 1, 2 | t)
print(6 & 3, 5.0 | 2)
print(3 | t, t | t)
local m = 0
for i = 1, 10 do m = m + (t | i) end
print(m)
print("before")
print(t & 1)

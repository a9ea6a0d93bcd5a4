-- only the first result of an operator metamethod is used, in every expression position
local mt = {}
mt.__add = function(a, b) return "first", "second", "third" end
mt.__len = function() return 1, 2 end
mt.__unm = function() end
mt.__lt = function() return nil, true end
local t = setmetatable({}, mt)
local x, y, z = t + 1
print(x, y, z)
print(t + 1, #t)
local packed = {t + 1, #t, -t}
print(#packed, packed[1], packed[2], packed[3])
local function f() return t + 2 end
print(select("#", f()), f())
print(select("#", -t), -t)
print(t < t, t > t)
local function va(...) return select("#", ...), ... end
print(va(t + 3, #t))
local r = {}
for i = 1, 3 do r[i] = (t + i) .. i end
print(table.concat(r, " "))

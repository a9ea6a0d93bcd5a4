-- ordering two tables without __lt raises "attempt to compare two table values"
local mt = {__lt = function(a, b) return a.v < b.v end}
local a = setmetatable({v = 1}, mt)
local b = setmetatable({v = 2}, mt)
print(a < b, b < a, a > b)
local eqonly = {__eq = function() return true end}
local p = setmetatable({}, eqonly)
local q = setmetatable({}, eqonly)
print(p == q)
print("before")
print(p < q)

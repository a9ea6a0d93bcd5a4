-- binary events: the first operand's metamethod wins; otherwise the second's is used
local A = {__add = function(a, b) return "A:" .. a.name .. "+" .. b.name end,
           __mul = function(a, b) return "A*:" .. a.name .. "*" .. b.name end}
local B = {__add = function(a, b) return "B:" .. a.name .. "+" .. b.name end,
           __sub = function(a, b) return "B-:" .. a.name .. "-" .. b.name end}
local a = setmetatable({name = "a"}, A)
local b = setmetatable({name = "b"}, B)
local p = {name = "plain"}
print(a + b)
print(b + a)
print(a - b)
print(b - a)
print(a * b)
print(b * a)
print(p + a)
print(a + p)
print(p - b)
print(b - p)
local e = setmetatable({name = "empty"}, {})
print(e + a, a + e, e - b)

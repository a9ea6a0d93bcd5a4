-- arithmetic on a table without the metamethod names the local
local mt = {__sub = function() return "sub" end}
local s = setmetatable({}, mt)
print(s - 1, 1 - s)
local n = 3
print(n + 4)
local t = setmetatable({}, mt)
local u = setmetatable({}, {__add = function(a, b) return "u" end})
print(u + t)
print("before")
print(t + 1)

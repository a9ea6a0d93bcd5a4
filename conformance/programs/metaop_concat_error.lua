-- concatenating a table without __concat names the local in the error
local mt = {__concat = function(a, b) return "ok" end}
local good = setmetatable({}, mt)
print(good .. "a", "a" .. good)
local y = {}
setmetatable(y, {__index = function() return "idx" end})
print(y.anything)
local x = {}
print("before")
print("a" .. x)

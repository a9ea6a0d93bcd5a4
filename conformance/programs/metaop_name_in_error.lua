-- a string __name in the metatable replaces the type name in operator errors
local mt = {__name = "Money", __tostring = function(m) return "$" .. m.v end}
local m = setmetatable({v = 5}, mt)
print(tostring(m), type(m))
local other = setmetatable({}, {__name = 42})
print(type(other))
print(m.v + 1, getmetatable(m).__name)
local c = m.v
print(c * 2)
print("before")
print(m + 1)

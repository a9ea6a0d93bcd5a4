-- __tostring does not make a table concatenable: '..' raises an uncaught error
local T = setmetatable({}, {__tostring = function() return "T!" end})
print(T, tostring(T) .. "+", "x" .. tostring(T))
local parts = {tostring(T), "y"}
print(table.concat(parts, ""))
print("about to concatenate")
local s = "value: " .. T
print(s)

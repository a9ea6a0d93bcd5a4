-- a float without integer representation and no table: the bitwise error ends the program
local mt = {__bor = function(a, b) return "ok" end}
local t = setmetatable({}, mt)
print(1.5 | t)
print(t | 1.5)
print(4.0 | 1)
local f = 2.5
print(2^62 | 0, 1.0 << 2)
print("before")
print(f | 1)

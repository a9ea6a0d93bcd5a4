-- __tostring returning nil through print is an uncaught error
local calls = 0
local T = {__tostring = function(self) calls = calls + 1; if self.good then return "good" end end}
local g = setmetatable({good = true}, T)
print(g, g, calls)
local b = setmetatable({}, T)
print(calls, "about to fail")
print(b)

-- __name appears in runtime error messages about operands
local Point = setmetatable({}, {})
local mt = {__name = "Point"}
local p = setmetatable({}, mt)
print(pcall(function() return p + 1 end))
print(pcall(function() return p .. "x" end))
print(pcall(function() return p < p end))
print(pcall(function() return p < 1 end))
print(pcall(function() return #p end))
print(pcall(function() return p() end))
print(pcall(function() local q = p; return q.x.y end))
local m2 = {__name = 12}
local o = setmetatable({}, m2)
print(pcall(function() return o + 1 end))
print(pcall(string.rep, p, 2))
print(pcall(math.floor, p))

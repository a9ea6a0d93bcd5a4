-- xpcall with a non-function handler is a bad-argument error caught by an outer pcall
local function f() return "ran" end
print(pcall(xpcall, f, 42))
print(pcall(xpcall, f, nil))
print(pcall(xpcall, f))
print(pcall(xpcall, f, {}))
print(pcall(xpcall))
print(pcall(function() return xpcall(f, "handler") end))
local callable = setmetatable({}, {__call = function() return "called" end})
print(pcall(xpcall, f, callable))
print(xpcall(f, print))

-- debug.getmetatable / debug.setmetatable on tables, with __metatable
local t = {}
print(debug.getmetatable(t))
local mt = {__index = {x = 1}}
print(debug.setmetatable(t, mt) == t)
print(debug.getmetatable(t) == mt, getmetatable(t) == mt, t.x)
local protected = setmetatable({}, {__metatable = "locked", __index = {y = 2}})
print(getmetatable(protected), protected.y)
print(type(debug.getmetatable(protected)), debug.getmetatable(protected).__metatable)
print(pcall(setmetatable, protected, {}))
local newmt = {__index = {y = 3}}
print(debug.setmetatable(protected, newmt) == protected)
print(getmetatable(protected) == newmt, protected.y)
print(debug.setmetatable(protected, nil) == protected, getmetatable(protected), protected.y)
local fmt = {__metatable = false}
local u = setmetatable({}, fmt)
print(getmetatable(u), debug.getmetatable(u) == fmt)
print(pcall(debug.setmetatable, {}, 5))
print(debug.getmetatable("abc").__index == string)
print(debug.getmetatable(10), debug.getmetatable(nil))
local k = setmetatable({}, {__metatable = {fake = true}})
print(getmetatable(k).fake, debug.getmetatable(k).fake)

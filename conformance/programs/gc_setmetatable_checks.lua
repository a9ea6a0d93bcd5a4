-- setmetatable and getmetatable: results, protection, the string metatable
local t = {}
print(setmetatable(t, { __mode = "k" }) == t, getmetatable(t).__mode)
print(setmetatable(t, nil) == t, getmetatable(t))
print(getmetatable("abc").__index == string, getmetatable(1), getmetatable(nil), getmetatable(print))
local p = setmetatable({}, { __metatable = "locked" })
print(getmetatable(p))
print(select("#", getmetatable({})))
setmetatable(p, {})

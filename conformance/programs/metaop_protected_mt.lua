-- __metatable hides the metatable but operators still use the real one
local mt = {__metatable = "locked",
            __add = function(a, b) return "added" end,
            __lt = function(a, b) return true end,
            __len = function() return 3 end,
            __tostring = function() return "obj" end}
local t = setmetatable({}, mt)
print(getmetatable(t))
print(t + 1, 1 + t, t < t, #t, tostring(t))
local fake = {__add = function() return "fake" end, __metatable = false}
local u = setmetatable({}, fake)
print(getmetatable(u), u + 1)
print(getmetatable("abc").__index == string, ("x"):upper())
print(getmetatable(1), getmetatable(nil))

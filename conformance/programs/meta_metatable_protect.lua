-- __metatable field: getmetatable returns it and setmetatable is refused
local mt = {__index = {hidden = "yes"}, __metatable = "locked"}
local obj = setmetatable({}, mt)
print(getmetatable(obj), obj.hidden)
local mt2 = {__metatable = false}
local o2 = setmetatable({}, mt2)
print(getmetatable(o2), rawequal(getmetatable(o2), false))
local shield = {}
local mt3 = {__metatable = shield, __tostring = function() return "o3" end}
local o3 = setmetatable({}, mt3)
print(getmetatable(o3) == shield, getmetatable(o3) == mt3, tostring(o3))
-- the protected object still behaves via the real metatable
mt.__index.extra = 7
print(obj.extra, rawget(obj, "hidden"))
print("changing a protected metatable")
setmetatable(obj, {})
print("unreachable")

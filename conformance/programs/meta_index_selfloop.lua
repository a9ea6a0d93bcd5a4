-- a metatable that is its own metatable with __index = itself loops on a missing key
local mt = {}
mt.__index = mt
setmetatable(mt, mt)
mt.present = "found"
local obj = setmetatable({}, mt)
print(obj.present, mt.present, rawget(obj, "present"))
obj.own = 1
print(obj.own)
print(obj.absent)

-- setmetatable/getmetatable argument handling; a non-table metatable argument errors
local t = {}
print(setmetatable(t, nil) == t, getmetatable(t))
local mt = {}
print(setmetatable(t, mt) == t, getmetatable(t) == mt)
print(getmetatable(1), getmetatable(nil), getmetatable(true), getmetatable(print))
print(getmetatable("s") == getmetatable("t"), type(getmetatable("")))
-- the same metatable shared by several tables; changing it affects all
local shared = {__index = {v = 1}}
local a, b = setmetatable({}, shared), setmetatable({}, shared)
print(a.v, b.v)
shared.__index = {v = 2}
print(a.v, b.v)
shared.__index = nil
print(a.v, b.v)
print("bad metatable")
setmetatable(t, 42)

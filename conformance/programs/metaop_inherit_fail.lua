-- operators are not inherited through __index: a subclass metatable without __add fails
local Base = {}
Base.__index = Base
Base.__add = function(a, b) return a.v + b.v end
function Base.new(cls, v) return setmetatable({v = v}, cls) end
local Sub = setmetatable({}, {__index = Base})
Sub.__index = Sub
print(Sub.__add == Base.__add, rawget(Sub, "__add"))
local b = Base:new(1)
local s = Sub.new(Sub, 2)
print(s.v, s.new == Base.new)
print(b + b)
print(b + s, s + b)
print("before")
local x = s
print(x + x)

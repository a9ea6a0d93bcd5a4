-- class hierarchy: __index inherits methods, operators must be copied into each metatable
local Base = {}
Base.__index = Base
Base.__add = function(a, b) return a:new(a.v + b.v) end
Base.__tostring = function(a) return a:kind() .. "(" .. a.v .. ")" end
function Base:new(v) return setmetatable({v = v}, getmetatable(self) or self) end
function Base:kind() return "Base" end
local Derived = setmetatable({}, {__index = Base})
Derived.__index = Derived
for _, ev in ipairs({"__add", "__tostring"}) do Derived[ev] = Base[ev] end
Derived.__eq = function(a, b) return a.v == b.v end
function Derived:kind() return "Derived" end
local b1 = Base.new(Base, 1)
local d1 = setmetatable({v = 10}, Derived)
local d2 = d1:new(20)
print(tostring(b1), tostring(d1), tostring(d2))
print(tostring(d1 + d2), tostring(b1 + d1), tostring(d1 + b1))
print(d1 == d1:new(10), b1 == Base.new(Base, 1))
print(rawget(Derived, "__add") == Base.__add, rawget(Derived, "new"), Derived.new == Base.new)
local acc = d1:new(0)
for i = 1, 20000 do acc = acc + d1 end
print(tostring(acc))

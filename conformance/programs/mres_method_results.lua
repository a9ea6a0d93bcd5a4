-- methods returning multiple results
local obj = {a = 1, b = 2}
function obj:both() return self.a, self.b end
function obj:none() end
print(obj:both())
print(obj:both(), obj:both())
local x, y, z = obj:both()
print(x, y, z)
local t = {obj:both(), obj:both()}
print(#t, t[1], t[2], t[3])
print(select("#", obj:none()), select("#", obj:none(), obj:none()))
local function sum(...) local s = 0 for i = 1, select("#", ...) do s = s + select(i, ...) end return s end
print(sum(obj:both()))
print(sum(obj:both(), 10))
print(sum(10, obj:both()))
obj.a, obj.b = obj:both()
print(obj.a, obj.b)
obj.b, obj.a = obj:both()
print(obj.a, obj.b)

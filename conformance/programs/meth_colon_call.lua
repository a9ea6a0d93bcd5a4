-- obj:m(x) passes obj as self
local obj = {v = 10}
function obj:add(x) return self.v + x end
function obj.sub(self, x) return self.v - x end
print(obj:add(1), obj.add(obj, 1))
print(obj:sub(3), obj.sub(obj, 3))
local other = {v = 100, add = obj.add}
print(other:add(1), obj.add(other, 2))
function obj:set(v) self.v = v; return self end
print(obj:set(5):add(1))
print(obj.v)
function obj:noargs() return self == obj end
print(obj:noargs(), obj.noargs(other))
function obj:many(a, b, c) return a, b, c, self.v end
print(obj:many(1, 2))
print(obj:many(1, 2, 3, 4))
local m = "add"
print(obj[m](obj, 7))
function obj:str(s) return s .. "!" .. self.v end
print(obj:str("x"))
print(obj:str "lit")
print(obj:add(obj:add(obj:add(0))))

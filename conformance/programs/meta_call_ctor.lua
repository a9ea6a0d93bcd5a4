-- __call on a class table used as constructor Class(...)
local Point = {}
Point.__index = Point
Point.count = 0
setmetatable(Point, {__call = function(cls, x, y)
  cls.count = cls.count + 1
  return setmetatable({x = x or 0, y = y or 0}, cls)
end})
function Point:len2() return self.x * self.x + self.y * self.y end
function Point:str() return "(" .. self.x .. "," .. self.y .. ")" end
local p = Point(3, 4)
local q = Point()
print(p:str(), q:str(), p:len2(), Point.count)
-- subclass inherits the constructor through __index of the metatable? No: __call must be on its own metatable
local Point3 = setmetatable({}, {__index = Point, __call = function(cls, x, y, z)
  local o = Point(x, y)
  o.z = z
  return setmetatable(o, cls)
end})
Point3.__index = Point3
function Point3:str() return Point.str(self) .. "z" .. self.z end
local r = Point3(1, 2, 3)
print(r:str(), r:len2(), Point.count, Point3.count)
local pts = {}
for i = 1, 5 do pts[i] = Point(i, -i) end
local s = 0
for _, pt in ipairs(pts) do s = s + pt:len2() end
print(s, Point.count, getmetatable(pts[1]) == Point)

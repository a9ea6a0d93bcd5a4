-- method call on a nil local
local shapes = {{area = function(self) return self.w * self.h end, w = 2, h = 3}}
local s = shapes[1]
print(s:area())
s.w = 10
print(s:area())
local t = shapes[2]
print(t)
print(#shapes)
print("calling method on nil")
print(t:area())
print("unreachable")

-- basic field get/set with string and integer keys
local t = {}
print(type(t))
t.x = 10
t.y = 20
print(t.x, t.y, t.z)
t["x"] = t["x"] + 1
print(t.x)
t[1] = "one"
t[2] = "two"
print(t[1], t[2], t[3])
t.x = nil
print(t.x)
local k = "y"
print(t[k], t["y"], t.y)
t[k .. "2"] = 99
print(t.y2)
t[true] = "yes"
t[false] = "no"
print(t[true], t[false])
local inner = {}
t[inner] = "keyed by table"
print(t[inner], t[{}])
local f = function() return 1 end
t[f] = "keyed by function"
print(t[f])
print(t.x == nil, t.y == 20)

-- arithmetic on a table value
local v = {x = 1, y = 2}
print(v.x + v.y)
local w = {x = 3, y = 4}
local function add(a, b) return {x = a.x + b.x, y = a.y + b.y} end
local s = add(v, w)
print(s.x, s.y)
print(s.x * 2)
local t = s
print(type(t))
print(t + 1)
print("unreachable")

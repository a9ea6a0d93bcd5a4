-- __tostring used by print, tostring, string.format("%s") and table.concat-free joins
local Vec = {}
Vec.__index = Vec
Vec.__tostring = function(v) return "Vec(" .. v.x .. ", " .. v.y .. ")" end
local function vec(x, y) return setmetatable({x = x, y = y}, Vec) end
local a, b = vec(1, 2), vec(0.5, -3)
print(a, b)
print(tostring(a), tostring(b) == "Vec(0.5, -3)")
print(string.format("%s and %s", a, b))
print(string.format("[%12s]", vec(7, 8)))
print(string.format("[%-12s]", vec(7, 8)))
local parts = {}
for i = 1, 3 do parts[i] = tostring(vec(i, i * i)) end
print(table.concat(parts, "; "))
-- __tostring is looked up on the metatable, not the object
local raw = {__tostring = function() return "not used" end}
print(type(tostring(raw)), string.sub(tostring(raw), 1, 6))
-- __tostring inherited? No: metatable field must be present directly (rawget)
local Sub = setmetatable({}, {__index = Vec})
local s = setmetatable({x = 1, y = 1}, Sub)
print(string.sub(tostring(s), 1, 6), s.__tostring == Vec.__tostring)
Sub.__tostring = Vec.__tostring
print(tostring(s))
-- __tostring receiving the object and using other fields
local named = setmetatable({n = "widget", id = 42}, {__tostring = function(self) return self.n .. "#" .. self.id end})
print(named, select("#", tostring(named)))

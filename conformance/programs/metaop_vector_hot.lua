-- a 2D vector class with a full operator set used in hot loops
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__div = function(a, s) return vec(a.x / s, a.y / s) end
V.__unm = function(a) return vec(-a.x, -a.y) end
V.__eq = function(a, b) return a.x == b.x and a.y == b.y end
V.__len = function(a) return math.sqrt(a.x * a.x + a.y * a.y) end
V.__tostring = function(a) return string.format("(%g, %g)", a.x, a.y) end
V.__concat = function(a, b) return tostring(a) .. tostring(b) end
local pos, vel = vec(0, 0), vec(1, 2)
local dots = 0
for i = 1, 30000 do
  pos = pos + vel * 0.5 - vec(0.25, 0.5)
  vel = -(-vel)
  dots = dots + (vel * vec(1, 1))
  if i % 10000 == 0 then print(i, tostring(pos), dots) end
end
print(tostring(2 * vec(1, 3)), tostring(vec(3, 4) / 2), #vec(3, 4))
print(vec(1, 2) == vec(1, 2), vec(1, 2) ~= vec(2, 1))
print(vec(1, 2) .. vec(3, 4), "v=" .. vec(5, 6))

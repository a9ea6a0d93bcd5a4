-- arithmetic on a nil field and a nil local
local point = {x = 1}
local function norm(p)
  local s = p.x * p.x
  return s + p.y * p.y
end
local function go() return norm(point) + 0 end
print(pcall(go))
local total
local function add(v) total = total + v end
add(1)

-- constructor functions that attach methods
local function Point(x, y)
  local p = {x = x, y = y}
  function p:len2() return self.x * self.x + self.y * self.y end
  function p:add(o) return Point(self.x + o.x, self.y + o.y) end
  function p:tostr() return "P(" .. self.x .. ", " .. self.y .. ")" end
  return p
end
local a = Point(3, 4)
local b = Point(-1, 2)
print(a:len2(), b:len2())
print(a:add(b):tostr())
print(a:add(b):add(b):tostr())
print(a.len2 == b.len2)
local pts = {}
for i = 1, 5 do pts[i] = Point(i, -i) end
local s = 0
for _, p in ipairs(pts) do s = s + p:len2() end
print(s)
table.sort(pts, function(p, q) return p.x > q.x end)
print(pts[1]:tostr(), pts[5]:tostr())

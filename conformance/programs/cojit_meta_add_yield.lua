-- arithmetic metamethods (__add, __mul, __unm) that yield, in hot loops
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({ x = x, y = y }, V) end
V.__add = function(a, b)
  local bx = type(b) == "table" and b.x or b
  local by = type(b) == "table" and b.y or b
  if (a.x + bx) % 128 == 0 then coroutine.yield(a.x, a.y) end
  return vec(a.x + bx, a.y + by)
end
V.__mul = function(a, k) return vec(a.x * k, a.y * k) end
V.__unm = function(a) local s = coroutine.yield("unm") return vec(-a.x * s, -a.y * s) end
local co = coroutine.create(function()
  local acc = vec(0, 0)
  for i = 1, 5000 do
    acc = acc + vec(i % 5, i % 3)
    if i % 1000 == 0 then acc = acc * 1 end
  end
  local neg = -acc
  return "end", neg.x, neg.y
end)
local ok, a, b, c = coroutine.resume(co)
local ys = 0
while coroutine.status(co) == "suspended" do
  ys = ys + 1
  if ys % 20 == 0 then print(ys, a, b) end
  ok, a, b, c = coroutine.resume(co, a == "unm" and 2 or nil)
end
print(ok, a, b, c, ys)
-- mixed number/table operands: adding numbers switches to metamethod midway
local w = coroutine.wrap(function()
  local s = 0
  for i = 1, 4000 do
    local rhs = i
    if i > 2000 then rhs = vec(i, i) end
    s = (type(s) == "number" and type(rhs) == "number") and s + rhs or vec(type(s) == "table" and s.x or s, 0) + rhs
    if i % 500 == 0 then coroutine.yield(type(s) == "table" and s.x or s) end
  end
  return "done"
end)
while true do
  local r = w()
  if r == "done" then break end
  print("w", r)
end

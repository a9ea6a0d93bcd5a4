-- A call whose last argument is a call: one result for a long while (the optimizing tier
-- speculates on that), then two, then none.
local function two(i) return i, 2 end
local function one(i) return i end
local function none() end
local function f(a, b, c) return (a or 0) + (b or 0) * 10 + (c or 0) * 100 end
local s = 0
for i = 1, 6000 do
  if i < 5000 then
    s = s + f(i, one(i))
  elseif i < 5500 then
    s = s + f(i, two(i))
  else
    s = s + f(i, none())
  end
end
print(s)
local function g(a, b) return a, b end
local t = 0
for i = 1, 4000 do
  local x, y = g(i, one(i))
  t = t + x + (y or 1)
  if i > 3000 then
    local p, q, r = g(two(i))
    t = t + p + q + (r or 7)
  end
end
print(t)
local function v(...) return select('#', ...) end
local c = 0
for i = 1, 3000 do c = c + v(i, one(i)) + v(two(i)) + v(none()) end
print(c)
-- The same call site sees one result from two callees (so it is not inlined), then two.
local function one_b(i) return i + 1 end
local u = 0
for i = 1, 6000 do
  local h = (i > 5000) and two or (i % 2 == 0 and one or one_b)
  u = u + f(i, h(i))
end
print(u)

-- three-stage generator pipeline: source -> map -> filter, 20000 values
local function source(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end
local function map(f, src)
  return coroutine.wrap(function()
    for v in src do coroutine.yield(f(v)) end
  end)
end
local function filter(p, src)
  return coroutine.wrap(function()
    for v in src do if p(v) then coroutine.yield(v) end end
  end)
end
local p = filter(function(v) return v % 3 ~= 0 end,
  map(function(v) return v * v % 10007 end, source(20000)))
local cnt, sum, x = 0, 0, 0
for v in p do
  cnt = cnt + 1
  sum = sum + v
  x = x ~ (v << (cnt % 7))
  if cnt % 1000 == 0 then print(cnt, v, sum, x) end
end
print("total", cnt, sum, x)
-- run it again with float mapping and a string filter
local q = filter(function(v) return #tostring(v) > 5 end,
  map(function(v) return v / 8 end, source(20000)))
local n, s = 0, 0
for v in q do
  n = n + 1; s = s + v
  if n % 2500 == 0 then print(n, v, s) end
end
print("total2", n, s)

-- A generator pipeline: a producer, two filters and a consumer, each stage a coroutine
-- (wrap) pulling from the one before; every value crosses three resume/yield pairs.
local N = 1000000

local function producer(n)
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
    for v in src do
      if p(v) then coroutine.yield(v) end
    end
  end)
end

local sum, count = 0, 0
local stage = filter(function(v) return v % 3 ~= 0 end, map(function(v) return v * 2 + 1 end, producer(N)))
for v in stage do
  sum = sum + v
  count = count + 1
end
print(count, sum)

-- yields from functions nested several levels deep inside the coroutine body
local function level(n, acc)
  if n == 0 then
    local r = coroutine.yield("bottom", acc)
    return r * 2
  end
  local v = level(n - 1, acc .. n)
  return v + n
end
local co = coroutine.create(function(depth)
  local r = level(depth, "")
  return "result", r
end)
print(coroutine.resume(co, 5))
print(coroutine.resume(co, 100))
print(coroutine.status(co))

-- recursive yields: every level yields on the way down and on the way up
local function walk(n)
  coroutine.yield("down " .. n)
  if n > 0 then walk(n - 1) end
  coroutine.yield("up " .. n)
end
local w = coroutine.wrap(function() walk(3); return "walk done" end)
for _ = 1, 9 do print(w()) end

-- deep recursion (200 levels) with a yield at the bottom; locals survive the yield
local function deep(n)
  local mine = n * 3
  if n == 0 then
    coroutine.yield("at depth")
    return 0
  end
  local below = deep(n - 1)
  return below + mine
end
co = coroutine.create(function() return deep(200) end)
print(coroutine.resume(co))
print(coroutine.resume(co))

-- yields from inside varargs functions and multiple-result calls
local function pass(...) return ... end
local function yield_many(...) return coroutine.yield(...) end
co = coroutine.create(function(...)
  local t = table.pack(pass(yield_many(pass(...))))
  return t.n, table.unpack(t, 1, t.n)
end)
print(coroutine.resume(co, 1, nil, 3))
print(coroutine.resume(co, "a", nil, nil, "d"))

-- yield inside a closure stored in a table and invoked via a method call
local obj = {count = 0}
function obj:step(x)
  self.count = self.count + x
  return coroutine.yield(self.count)
end
co = coroutine.wrap(function()
  local a = obj:step(1)
  local b = obj:step(a)
  local c = obj:step(b)
  return "final", obj.count, c
end)
print(co()); print(co(10)); print(co(20)); print(co(30))

-- a coroutine that resumes another coroutine from a nested call
local inner = coroutine.create(function(x)
  while true do x = coroutine.yield(x * 10) end
end)
local function ask(v) return select(2, coroutine.resume(inner, v)) end
local outer = coroutine.wrap(function()
  local total = 0
  for i = 1, 3 do
    total = total + ask(i)
    coroutine.yield(total)
  end
  return "outer total " .. total
end)
print(outer()); print(outer()); print(outer()); print(outer())

-- tail calls inside coroutines
local function final(x)
  local r = coroutine.yield("final got " .. x)
  return "final returns " .. r
end
local function middle(x) return final(x .. "+m") end
local co = coroutine.create(function(x) return middle(x .. "+body") end)
print(coroutine.resume(co, "start"))
print(coroutine.resume(co, "resumed"))
print(coroutine.status(co))

-- a long chain of tail calls (state machine), yielding in each state
local states = {}
function states.a(n) coroutine.yield("a" .. n); if n > 0 then return states.b(n - 1) end return "end in a" end
function states.b(n) coroutine.yield("b" .. n); if n > 0 then return states.a(n - 1) end return "end in b" end
local w = coroutine.wrap(function() return states.a(5) end)
for _ = 1, 7 do print(w()) end

-- very deep tail recursion does not overflow the stack, even across yields
local function count(n, acc)
  if n == 0 then return acc end
  if n % 25000 == 0 then coroutine.yield(n) end
  return count(n - 1, acc + 1)
end
co = coroutine.create(function() return count(100000, 0) end)
repeat
  local ok, v = coroutine.resume(co)
  print(ok, v, coroutine.status(co))
until coroutine.status(co) == "dead"

-- the coroutine body tail-calls coroutine.yield
co = coroutine.create(function(...) return coroutine.yield(...) end)
print(coroutine.resume(co, 1, 2))
print(coroutine.resume(co, 3, 4))
print(coroutine.status(co))

-- the body tail-calls a C function that is not yield
co = coroutine.create(function(s) return string.upper(s) end)
print(coroutine.resume(co, "shout"))

-- the body tail-calls into another coroutine's wrap
local g = coroutine.wrap(function(a) local b = coroutine.yield(a + 1); return b * 2 end)
co = coroutine.create(function(v) return g(v) end)
print(coroutine.resume(co, 41))
co = coroutine.create(function(v) return g(v) end)
print(coroutine.resume(co, 50))
-- error in a tail-called function
co = coroutine.create(function() return (function() coroutine.yield(); error("tail err") end)() end)
print(coroutine.resume(co))
print(coroutine.resume(co))

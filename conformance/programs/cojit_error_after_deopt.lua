-- a coroutine suspended inside a hot function whose types change; after
-- resuming, the deoptimized code raises an error with a proper message
local function add(a, b) return a + b end
local function loop(t)
  local s = 0
  for i = 1, #t do
    s = add(s, t[i])
    if i % 1000 == 0 then coroutine.yield(i, s) end
  end
  return s
end
local t = {}
for i = 1, 4000 do t[i] = i end
local co = coroutine.create(loop)
print(coroutine.resume(co, t))
print(coroutine.resume(co))
for i = 2001, 3000 do t[i] = i + 0.5 end
t[3500] = "12"
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co))
t[3500] = "nope"
local co2 = coroutine.create(loop)
for _ = 1, 4 do print(coroutine.resume(co2, t)) end
print(coroutine.status(co2))
-- comparison error after many successful integer comparisons
local function lt(a, b) return a < b end
local co3 = coroutine.wrap(function(xs)
  local c = 0
  for i = 1, #xs - 1 do
    if lt(xs[i], xs[i + 1]) then c = c + 1 end
    if i % 1500 == 0 then coroutine.yield(c) end
  end
  return c
end)
local xs = {}
for i = 1, 5000 do xs[i] = (i * 37) % 101 end
print(co3(xs))
xs[3200] = "x"
print(co3())
print(pcall(co3))

-- coroutine.running: in main and inside coroutines (no addresses printed)
local main, ismain = coroutine.running()
print(type(main), ismain, select('#', coroutine.running()))
local co
co = coroutine.create(function()
  local me, im = coroutine.running()
  print("inside:", type(me), im, me == co, me == main)
  local inner = coroutine.create(function()
    local x, b = coroutine.running()
    print("nested:", x == co, x == main, b, coroutine.status(co))
    coroutine.yield(x)
  end)
  local ok, got = coroutine.resume(inner)
  print("inner yielded itself:", ok, got == inner)
  return me
end)
local ok, me = coroutine.resume(co)
print(ok, me == co, type(me))
-- running again in main still gives main
local m2, b2 = coroutine.running()
print(m2 == main, b2)
-- running inside a wrap
local w
local thr
w = coroutine.wrap(function()
  thr = coroutine.running()
  coroutine.yield(select(2, coroutine.running()))
  return coroutine.status(thr)
end)
print("wrap ismain:", w())
print("wrap status from inside:", w())
print(type(thr), thr ~= main, coroutine.status(thr))
-- running inside pcall inside a coroutine is still the coroutine
local c3 = coroutine.create(function()
  local ok, t = pcall(coroutine.running)
  return ok, t == coroutine.running()
end)
print(coroutine.resume(c3))
-- main thread is usable as table key and compares equal to itself
local t = {[main] = "main"}
print(t[coroutine.running()])

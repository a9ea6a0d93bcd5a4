-- resuming a dead coroutine: after normal return, after an error, repeatedly
local co = coroutine.create(function(x) return x * 2 end)
print(coroutine.resume(co, 21))
print(coroutine.status(co))
for i = 1, 3 do
  print(i, coroutine.resume(co, i))
end
local bad = coroutine.create(function() local t = nil; return t.field end)
local ok, err = coroutine.resume(bad)
print(ok, err)
print(coroutine.status(bad))
print(coroutine.resume(bad))
print(coroutine.resume(bad, 1, 2, 3))
-- select('#') of the failing resume is exactly 2
print(select('#', coroutine.resume(bad)))
-- dead after yielding then finishing
local y = coroutine.create(function() coroutine.yield(1); coroutine.yield(2) end)
local n = 0
while true do
  local ok, v = coroutine.resume(y)
  n = n + 1
  print("step", n, ok, v, coroutine.status(y))
  if not ok then break end
end
-- the message is a plain string without position information
local _, msg = coroutine.resume(y)
print(type(msg), #msg, msg:find(":") == nil)
-- wrapping a coroutine function that already finished
local w = coroutine.wrap(function() return "only once" end)
print(w())
print(pcall(w))

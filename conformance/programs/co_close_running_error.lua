-- coroutine.close on running / normal coroutines and on the main thread
local co
co = coroutine.create(function()
  print("close self:", pcall(coroutine.close, co))
  local ok, e = pcall(function() coroutine.close(co) end)
  print("close self (Lua caller):", ok, e)
  return "ok"
end)
print(coroutine.resume(co))

-- closing the coroutine that resumed us (normal state)
local a, b
a = coroutine.create(function()
  coroutine.resume(b)
  return "a done"
end)
b = coroutine.create(function()
  print("b closes a:", pcall(coroutine.close, a))
  print("status of a:", coroutine.status(a))
end)
print(coroutine.resume(a))

-- closing the main thread from main: it is running
local main = coroutine.running()
print("close main:", pcall(coroutine.close, main))
-- closing the main thread from a coroutine: it is normal
local c = coroutine.create(function()
  return pcall(coroutine.close, main)
end)
print("close main from co:", coroutine.resume(c))

-- bad arguments
print(pcall(coroutine.close))
print(pcall(coroutine.close, 1))
print(pcall(coroutine.close, "thread"))
print(pcall(coroutine.close, print))
print(pcall(coroutine.close, coroutine.wrap(function() end)))

-- uncaught: the error carries the caller position
local d
d = coroutine.wrap(function()
  coroutine.close(coroutine.running())
end)
d()

-- coroutine.status in every state: suspended, running, normal, dead
local outer, inner
local log = {}
inner = coroutine.create(function()
  print("inner sees inner:", coroutine.status(inner))
  print("inner sees outer:", coroutine.status(outer))
  coroutine.yield()
  print("inner resumed again; outer is", coroutine.status(outer))
end)
outer = coroutine.create(function()
  print("outer sees outer:", coroutine.status(outer))
  print("outer sees inner before:", coroutine.status(inner))
  print(coroutine.resume(inner))
  print("outer sees inner after yield:", coroutine.status(inner))
  coroutine.yield("y1")
  print(coroutine.resume(inner))
  print("outer sees inner at end:", coroutine.status(inner))
end)
print("main: outer", coroutine.status(outer), "inner", coroutine.status(inner))
print(coroutine.resume(outer))
print("main: outer", coroutine.status(outer), "inner", coroutine.status(inner))
print(coroutine.resume(outer))
print("main: outer", coroutine.status(outer), "inner", coroutine.status(inner))

-- dead after error
local e = coroutine.create(function() error("x", 0) end)
print(coroutine.status(e))
print(coroutine.resume(e))
print(coroutine.status(e))

-- dead after returning values
local r = coroutine.create(function() return 1, 2 end)
print(coroutine.resume(r))
print(coroutine.status(r))

-- status of the main thread seen from main and from a coroutine
local main = coroutine.running()
print("main from main:", coroutine.status(main))
local c = coroutine.create(function() return coroutine.status(main) end)
print("main from coroutine:", coroutine.resume(c))

-- status after yielding inside a pcall
local p = coroutine.create(function()
  pcall(function() coroutine.yield(1) end)
  coroutine.yield(2)
end)
print(coroutine.resume(p), coroutine.status(p))
print(coroutine.resume(p), coroutine.status(p))
print(coroutine.resume(p), coroutine.status(p))
print(coroutine.resume(p))
print(coroutine.status(p))

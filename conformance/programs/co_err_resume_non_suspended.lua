-- resuming a running or normal coroutine fails with 'cannot resume non-suspended coroutine'
local co
co = coroutine.create(function()
  print("resume self:", coroutine.resume(co))
  print("status self:", coroutine.status(co))
  return "finished"
end)
print(coroutine.resume(co))

-- resuming the coroutine that resumed us (it is in 'normal' state)
local a, b
a = coroutine.create(function()
  print("a resumes b:", coroutine.resume(b))
  print("a continues, b is", coroutine.status(b))
  return "a done"
end)
b = coroutine.create(function()
  print("b sees a as", coroutine.status(a))
  print("b resumes a:", coroutine.resume(a))
  coroutine.yield("b yielded")
end)
print(coroutine.resume(a))
print(coroutine.status(a), coroutine.status(b))

-- resuming the main thread from a coroutine
local main = coroutine.running()
local c = coroutine.create(function()
  return coroutine.resume(main)
end)
print("resume main from coroutine:", coroutine.resume(c))
-- resuming the main thread from main
print("resume main from main:", coroutine.resume(main))

-- through wrap: the error is raised instead of returned
local w
w = coroutine.wrap(function()
  local ok, e = pcall(w)
  print("wrap calling itself:", ok, e)
  return "w done"
end)
print(w())

-- a three-level chain: the innermost tries to resume the outermost
local c1, c2, c3
c3 = coroutine.create(function() return coroutine.resume(c1) end)
c2 = coroutine.create(function() return coroutine.resume(c3) end)
c1 = coroutine.create(function() return coroutine.resume(c2) end)
print(coroutine.resume(c1))
print(coroutine.status(c1), coroutine.status(c2), coroutine.status(c3))

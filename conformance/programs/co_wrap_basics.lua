-- coroutine.wrap: values in and out, arity, and interaction with the wrapped coroutine
local w = coroutine.wrap(function(a, b)
  print("  started with", a, b)
  local c, d, e = coroutine.yield(a + b, a - b)
  print("  resumed with", c, d, e)
  local n = select('#', coroutine.yield())
  print("  third call passed", n, "values")
  return "ret1", nil, "ret3"
end)
print(w(5, 3))
print(select('#', w("c", nil, "e")))
print(w(nil, nil, nil, nil))
-- wrap with a C function body
local wp = coroutine.wrap(print)
wp("printed", "through", "wrap")
print(pcall(wp))
local ws = coroutine.wrap(string.rep)
print(ws("ab", 3, "-"))
-- wrap of coroutine.yield: first call yields its arguments back, second returns
local wy = coroutine.wrap(coroutine.yield)
print(wy(1, 2, 3))
print(wy("back"))
print(pcall(wy))
-- a wrap function can be passed around and called from another coroutine
local counter = coroutine.wrap(function()
  local n = 0
  while true do n = n + 1; coroutine.yield(n) end
end)
local user = coroutine.create(function()
  local a = counter()
  coroutine.yield(a)
  return counter() + counter()
end)
print(counter())
print(coroutine.resume(user))
print(counter())
print(coroutine.resume(user))
-- calling a wrap from inside its own coroutine is a non-suspended resume error
-- (pcall is the direct caller, so no position is prepended)
local selfw
selfw = coroutine.wrap(function()
  local ok, e = pcall(selfw)
  coroutine.yield(ok, e)
  return "done"
end)
print(selfw())
print(selfw())
-- wrap results can be table.packed; trailing nils are preserved
local wn = coroutine.wrap(function() coroutine.yield(nil, nil, nil) end)
local p = table.pack(wn())
print(p.n)
p = table.pack(wn())
print(p.n)

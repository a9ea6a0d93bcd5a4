-- yielding from the main thread
print(pcall(coroutine.yield))
print(pcall(coroutine.yield, 1, 2, 3))
local ok, e = pcall(function() coroutine.yield("x") end)
print(ok, e)
ok, e = pcall(function()
  local function deep(n) if n == 0 then return coroutine.yield() end return deep(n - 1) end
  return deep(5)
end)
print(ok, e)
-- xpcall handler sees the message
print(xpcall(coroutine.yield, function(m) return "handled: " .. m end))
-- after a coroutine has finished, the main thread still cannot yield
local co = coroutine.create(function() coroutine.yield(1) end)
coroutine.resume(co)
coroutine.resume(co)
print(pcall(coroutine.yield, "again"))
print(coroutine.isyieldable())
-- an uncaught yield from main ends the program
print("before")
coroutine.yield("bye")
print("not reached")

-- coroutine.close on a coroutine that died with an error returns false plus the error
local co = coroutine.create(function() error("kaboom") end)
print(coroutine.resume(co))
print(coroutine.status(co))
print("close:", coroutine.close(co))
print("status after close:", coroutine.status(co))
print("close again:", coroutine.close(co))
print(coroutine.resume(co))

-- non-string error value
local errv = {tag = "E"}
co = coroutine.create(function() error(errv) end)
coroutine.resume(co)
local ok, e = coroutine.close(co)
print("table err:", ok, e == errv, e.tag)

-- error with level 0
co = coroutine.create(function() coroutine.yield(); error("late", 0) end)
coroutine.resume(co)
print(coroutine.resume(co))
print(select('#', coroutine.close(co)), coroutine.close(co))

-- a coroutine that died with an error while having <close> variables:
-- resume leaves them pending; they run only when the coroutine is closed
co = coroutine.create(function()
  local a <close> = setmetatable({}, {__close = function(_, e) print("  a closing with", e) end})
  error("fail", 0)
end)
print("resume:", coroutine.resume(co))
print("status:", coroutine.status(co))
print("close:", coroutine.close(co))
print("close2:", coroutine.close(co))

-- error in a __close while closing a dead-with-error coroutine replaces the error
co = coroutine.create(function()
  local a <close> = setmetatable({}, {__close = function(_, e) error("close failed: " .. e, 0) end})
  error("orig", 0)
end)
print("resume:", coroutine.resume(co))
print("close:", coroutine.close(co))

-- runtime error message keeps its position through close
co = coroutine.create(function() local n = nil; return n + 1 end)
coroutine.resume(co)
print(coroutine.close(co))

-- errors raised by __close handlers while coroutine.close runs them
local function res(name, fail)
  return setmetatable({}, {__close = function(_, e)
    print("  close " .. name, "got:", e)
    if fail then error(fail, 0) end
  end})
end
local co = coroutine.create(function()
  local a <close> = res("a")
  local b <close> = res("b", "b failed")
  local c <close> = res("c")
  coroutine.yield()
end)
coroutine.resume(co)
print("close:", coroutine.close(co))
print(coroutine.status(co))
print("close again:", coroutine.close(co))

-- two failing handlers: the later one (closed later = declared earlier) wins
co = coroutine.create(function()
  local a <close> = res("a", "a failed")
  local b <close> = res("b", "b failed")
  coroutine.yield()
end)
coroutine.resume(co)
print("close:", coroutine.close(co))

-- handler error with position information
co = coroutine.create(function()
  local a <close> = setmetatable({}, {__close = function() error("positioned") end})
  coroutine.yield()
end)
coroutine.resume(co)
print("close:", coroutine.close(co))

-- handler raising a table
local E = {}
co = coroutine.create(function()
  local a <close> = setmetatable({}, {__close = function() error(E) end})
  coroutine.yield()
end)
coroutine.resume(co)
local ok, e = coroutine.close(co)
print("close:", ok, e == E)

-- a __close value that is not callable is rejected at declaration time
co = coroutine.create(function()
  local bad <close> = {}
  coroutine.yield("unreachable")
end)
print(coroutine.resume(co))
co = coroutine.create(function()
  local bad <close> = 42
end)
print(coroutine.resume(co))
-- __close of a wrap's coroutine failing during a normal return
local w = coroutine.wrap(function()
  local a <close> = res("w", "w close failed")
  return "value"
end)
print(pcall(w))

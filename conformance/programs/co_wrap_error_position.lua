-- errors re-raised by a wrap function get the caller's position prepended
local w = coroutine.wrap(function() error("inner boom") end)
local ok, e = pcall(function()
  w()   -- wrap adds this position in front of the original message
end)
print(ok, e)

-- with level 0 the original has no position, but wrap still adds one
w = coroutine.wrap(function() error("plain", 0) end)
ok, e = pcall(function()
  local x = w()
  return x
end)
print(ok, e)

-- called directly by pcall (a C function): no extra position is added
w = coroutine.wrap(function() error("direct", 0) end)
print(pcall(w))
w = coroutine.wrap(function() error("direct2") end)
print(pcall(w))

-- runtime errors get a doubled prefix too
w = coroutine.wrap(function() local t; return t.x end)
ok, e = pcall(function() return w() end)   -- a tail call to a C function keeps the caller position
print(ok, e)
w = coroutine.wrap(function() local t; return t.x end)
ok, e = pcall(function() local r = w(); return r end)
print(ok, e)

-- nested wraps: each level adds its own caller position
local inner = coroutine.wrap(function() error("deep", 0) end)
local outer = coroutine.wrap(function()
  inner()
end)
ok, e = pcall(function()
  outer()
end)
print(ok, e)

-- errors after a yield
w = coroutine.wrap(function()
  coroutine.yield("first")
  error("second call fails", 0)
end)
print(w())
ok, e = pcall(function() w() end)
print(ok, e)
ok, e = pcall(function() w() end)   -- dead now
print(ok, e)

-- xpcall with a message handler sees the prefixed message
w = coroutine.wrap(function() error("handled", 0) end)
print(xpcall(function() w() end, function(m) return "H<" .. m .. ">" end))

-- __tostring is called from C by tostring/print, so yielding there fails
local obj = setmetatable({}, {__tostring = function(o)
  coroutine.yield("inside __tostring")
  return "OBJ"
end})
local co = coroutine.create(function()
  return tostring(obj)
end)
print(coroutine.resume(co))
print(coroutine.status(co))

local co2 = coroutine.create(function()
  local ok, e = pcall(tostring, obj)
  print("pcall(tostring):", ok, e)
  ok, e = pcall(print, obj)
  print("pcall(print):", ok, e)
  -- __name-free __tostring that does not yield is fine
  local plain = setmetatable({}, {__tostring = function() return "plain" end})
  coroutine.yield(tostring(plain))
  return "after"
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2))

-- concatenation in Lua code calls __concat directly and may yield
local cobj = setmetatable({}, {__concat = function(a, b)
  local r = coroutine.yield("concat")
  return "C" .. r
end})
local co3 = coroutine.create(function() return "x" .. cobj end)
print(coroutine.resume(co3))
print(coroutine.resume(co3, "!"))

-- string.format('%s') also calls __tostring from C
local co4 = coroutine.wrap(function()
  return pcall(string.format, "[%s]", obj)
end)
print(co4())

-- pairs() calls __pairs with a continuation, so yielding there is allowed
local pobj = setmetatable({}, {__pairs = function(t)
  local v = coroutine.yield("in __pairs")
  return next, {v}, nil
end})
local co5 = coroutine.create(function()
  local ok, f, s, c = pcall(pairs, pobj)
  return ok, f == next, s[1], c
end)
print(coroutine.resume(co5))
print(coroutine.resume(co5, "value"))
print(coroutine.status(co5))

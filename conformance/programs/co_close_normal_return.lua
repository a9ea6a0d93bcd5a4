-- <close> variables inside coroutines: normal return, yields in between, errors
local function res(name)
  return setmetatable({}, {__close = function(_, e) print("  close " .. name, e) end})
end
local co = coroutine.create(function(n)
  local a <close> = res("a")
  for i = 1, n do
    local loop <close> = res("loop" .. i)
    coroutine.yield(i)
  end
  local b <close> = res("b")
  return "ret", n
end)
print(coroutine.resume(co, 2))
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.status(co))

-- error via resume: pending variables are NOT closed until coroutine.close
co = coroutine.create(function()
  local x <close> = res("x")
  local y <close> = res("y")
  coroutine.yield("ready")
  error("bad", 0)
end)
print(coroutine.resume(co))
print("resume:", coroutine.resume(co))
print("now closing explicitly")
print("close:", coroutine.close(co))

-- error via wrap: wrap closes the coroutine itself before propagating
local w = coroutine.wrap(function()
  local x <close> = res("wx")
  local y <close> = res("wy")
  coroutine.yield("ready")
  error("wbad", 0)
end)
print(w())
print("pcall:", pcall(w))

-- error caught by pcall inside the coroutine closes the variables of that frame
co = coroutine.create(function()
  local outer <close> = res("outer")
  local ok, e = pcall(function()
    local inner <close> = res("inner")
    coroutine.yield("in pcall")
    error("caught", 0)
  end)
  print("  pcall gave", ok, e)
  coroutine.yield("after pcall")
  return "end"
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co))

-- the returned values are computed before the variables are closed
co = coroutine.create(function()
  local t = {v = 1}
  local c <close> = setmetatable({}, {__close = function() t.v = 99; print("  closing, t.v set to 99") end})
  return t.v, t
end)
local ok, v, t = coroutine.resume(co)
print(ok, v, t.v)

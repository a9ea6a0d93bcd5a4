-- yields across xpcall and message handlers
local function handler(m)
  return "handled(" .. tostring(m) .. ")"
end
local co = coroutine.create(function()
  local ok, e = xpcall(function(a, b)
    local v = coroutine.yield(a + b)
    error("after " .. v, 0)
  end, handler, 1, 2)
  print("  xpcall gave", ok, e)
  return "end"
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "resume"))
print(coroutine.status(co))

-- success path returns all values
co = coroutine.create(function()
  print("  xpcall ok:", xpcall(function()
    local a, b = coroutine.yield()
    return a, nil, b
  end, handler))
end)
coroutine.resume(co)
print(coroutine.resume(co, "x", "y"))

-- the handler runs inside the coroutine
co = coroutine.create(function()
  local me = coroutine.running()
  return xpcall(function() error("e") end, function(m)
    return coroutine.running() == me, coroutine.isyieldable()
  end)
end)
print(coroutine.resume(co))

-- a handler that itself errors
co = coroutine.create(function()
  coroutine.yield("start")
  return xpcall(function() error("first", 0) end, function(m) error("handler broke", 0) end)
end)
print(coroutine.resume(co))
local r = table.pack(coroutine.resume(co))
print(r.n, r[1], r[2], r[3])

-- xpcall with a table error value and handler that inspects it
co = coroutine.wrap(function()
  return xpcall(function()
    coroutine.yield("y")
    error({lvl = 3})
  end, function(e) return "lvl=" .. e.lvl end)
end)
print(co())
print(co())

-- runtime error with position seen by the handler after resume
co = coroutine.wrap(function()
  return xpcall(function()
    local t = coroutine.yield()
    return t.missing.field
  end, function(m) return "H: " .. m end)
end)
co()
print(co({}))

-- nested xpcall inside pcall across yields
co = coroutine.wrap(function()
  local ok, e = pcall(function()
    local ok2, e2 = xpcall(function()
      coroutine.yield(1)
      error("deep", 0)
    end, function(m) return m .. "!" end)
    coroutine.yield(ok2, e2)
    error(e2 .. "?", 0)
  end)
  return ok, e
end)
print(co()); print(co()); print(co())

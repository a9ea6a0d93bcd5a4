-- xpcall: the message handler runs first, __close sees the handler's result
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
local function handler(m)
  print("handler got", m)
  return "handled<" .. tostring(m) .. ">"
end
print(xpcall(function()
  local a <close> = mk("a")
  local b <close> = mk("b")
  error("bad", 0)
end, handler))
-- normal exit through xpcall: handler not called, close gets nil
print(xpcall(function(x, y)
  local c <close> = mk("c")
  return x + y
end, handler, 3, 4))
-- handler returning a table
local function thandler(m) return {msg = m, wrapped = true} end
local ok, e = xpcall(function()
  local d <close> = setmetatable({}, {__close = function(o, err)
    print("close d", type(err), err.msg, err.wrapped)
  end})
  error("inner", 0)
end, thandler)
print(ok, type(e), e.msg)
-- handler that counts how often it runs
local runs = 0
local function counting(m) runs = runs + 1 return m .. "!" end
print(xpcall(function()
  local x <close> = mk("x")
  local y <close> = mk("y")
  error("once", 0)
end, counting))
print("handler runs", runs)

-- closures capturing a <close> variable still see the object after it is closed
local function mk(name)
  return setmetatable({name = name, closed = false}, {__close = function(o, e)
    o.closed = true
    print("close", o.name, e)
  end})
end
local getters = {}
for i = 1, 3 do
  local c <close> = mk("c" .. i)
  getters[i] = function() return c.name, c.closed end
  print("in loop", getters[i]())
end
for i = 1, 3 do print("later", getters[i]()) end
-- a closure that is called by the __close of another variable
local function f()
  local a <close> = mk("a")
  local b <close> = setmetatable({}, {__close = function()
    print("b's close sees a", a.name, a.closed)
  end})
  return function() return a.closed end
end
local g = f()
print("after f", g())
-- __close itself is a closure over a counter
local function counter()
  local n = 0
  local mt = {__close = function() n = n + 1 end}
  return mt, function() return n end
end
local mt, get = counter()
for i = 1, 5 do local x <close> = setmetatable({}, mt) end
do local y <close> = setmetatable({}, mt) local z <close> = setmetatable({}, mt) end
print("counter", get())

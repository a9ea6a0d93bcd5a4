-- repeat-until: the condition sees the body's locals and runs before they are closed
local function mk(name, state)
  return setmetatable({name = name, closed = false}, {__close = function(o, e)
    o.closed = true
    print("close", o.name, e)
  end})
end
local i = 0
repeat
  i = i + 1
  local c <close> = mk("c" .. i)
  print("body", i)
until (function() print("cond sees", c.name, c.closed) return i >= 3 end)()
print("after repeat", i)
-- the condition reads a value from the closable itself
local last
local j = 0
repeat
  j = j + 1
  local v <close> = mk("v" .. j)
  v.stop = (j == 2)
  last = v
until v.stop
print("last", last.name, last.closed)
-- break out of repeat skips the condition but still closes
local k = 0
repeat
  k = k + 1
  local b <close> = mk("b" .. k)
  if k == 2 then print("break") break end
until false
print("after break", k)
-- nested repeat
local a = 0
repeat
  a = a + 1
  local x <close> = mk("x" .. a)
  local b2 = 0
  repeat
    b2 = b2 + 1
    local y <close> = mk("y" .. a .. b2)
  until b2 == 2
until a == 2
print("done")

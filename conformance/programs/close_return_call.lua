-- `return f()` with a <close> in scope is not a tail call: f runs, then the close
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
local function inner(...)
  print("inner runs", ...)
  return "i1", "i2", "i3"
end
local function outer()
  local c <close> = mk("outer")
  return inner("a", "b")
end
print("results", outer())
print("count", select("#", outer()))
-- the call result flows through several non-tail frames
local function level(n)
  local c <close> = mk("level" .. n)
  if n == 0 then return "bottom", n end
  return level(n - 1)
end
print(level(3))
-- method call form
local obj = {x = 5}
function obj:get(k) print("get", self.x) return self.x * k end
local function m()
  local c <close> = mk("m")
  return obj:get(3)
end
print("m", m())
-- return of a call that returns many values
local function many() return table.unpack({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) end
local function wrap()
  local c <close> = mk("wrap")
  return many()
end
print(wrap())
print("n", select("#", wrap()))
-- deep non-tail chain does not blow the stack (depth 150)
local function chain(n)
  local c <close> = setmetatable({}, {__close = function() end})
  if n == 0 then return "end" end
  return chain(n - 1)
end
print(chain(150))

-- falling off the end of a function closes its variables; so does the main chunk end
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
local function f()
  local a <close> = mk("f.a")
  local b <close> = mk("f.b")
  print("f body")
end
print("f returns", select("#", f()))
local function g(x)
  local a <close> = mk("g.a")
  if x then
    local b <close> = mk("g.b")
    print("g branch")
  end
end
g(true)
g(false)
-- a closure declared in the function captures the closable and sees it later
local function h()
  local state = {n = 0}
  local c <close> = setmetatable({}, {__close = function() state.n = state.n + 1 end})
  return function() return state.n end
end
local get = h()
print("after h", get())
-- main chunk level closables: closed after the last statement
local m1 <close> = mk("main1")
local m2 <close> = mk("main2")
do
  local inner <close> = mk("main-inner")
end
print("last statement of main chunk")

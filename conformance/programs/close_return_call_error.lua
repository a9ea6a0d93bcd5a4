-- `return f()` with a <close> in scope when f errors, and when the close errors
local function mk(name, fail)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
    if fail then error(fail, 0) end
  end})
end
local function bad() error("bad call", 0) end
local function good(...) return ... end
local function r1()
  local c <close> = mk("r1")
  return bad()
end
print(pcall(r1))
-- the results of the call are discarded when the close fails
local function r2()
  local c <close> = mk("r2", "close error")
  return good(1, 2, 3)
end
print(pcall(r2))
-- the call succeeds, close succeeds: all results kept
local function r3()
  local c <close> = mk("r3")
  return good(4, 5, 6)
end
print(pcall(r3))
-- mutual recursion where each frame has a closable and returns a call
local even, odd
function even(n)
  local c <close> = mk("even" .. n)
  if n == 0 then return true end
  return odd(n - 1)
end
function odd(n)
  local c <close> = mk("odd" .. n)
  if n == 0 then error("odd reached 0", 0) end
  return even(n - 1)
end
print(pcall(even, 2))
print(pcall(even, 3))

-- return with 0, 1 or several values: results are evaluated before closing
local function mk(name, t)
  return setmetatable({name = name, t = t}, {__close = function(o, e)
    print("close", o.name, e)
    if o.t then o.t.v = "changed" end
  end})
end
local function r0()
  local a <close> = mk("r0")
  return
end
print("r0", select("#", r0()))
local function r1()
  local a <close> = mk("r1")
  return 42
end
print("r1", r1())
local function r3()
  local a <close> = mk("r3a")
  local b <close> = mk("r3b")
  return 1, "two", nil
end
print("r3", select("#", r3()), r3())
-- a returned value read before the close modifies it
local function rv()
  local t = {v = "orig"}
  local c <close> = mk("rv", t)
  return t.v, t
end
local v, t = rv()
print("rv", v, t.v)
-- return from inside nested blocks closes all of them
local function nested(x)
  local a <close> = mk("n1")
  do
    local b <close> = mk("n2")
    if x then
      local c <close> = mk("n3")
      return "early", x
    end
  end
  return "late"
end
print(nested(7))
print(nested(nil))
-- the closed variable itself can be returned
local function retself()
  local s <close> = mk("self")
  return s
end
print("returned", retself().name)

-- nested pcalls: each level closes its own variables with the right error
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
local r = {pcall(function()
  local outer <close> = mk("outer")
  local ok, e = pcall(function()
    local inner <close> = mk("inner")
    error("inner error", 0)
  end)
  print("inner pcall", ok, e)
  local mid <close> = mk("mid")
  error("outer error: " .. e, 0)
end)}
print("outer pcall", r[1], r[2])
-- rethrow through several pcall levels
local function lvl(n)
  local c <close> = mk("lvl" .. n)
  if n == 0 then error("deep", 0) end
  local ok, e = pcall(lvl, n - 1)
  error(e .. "<" .. n, 0)
end
print(pcall(lvl, 3))
-- a pcall inside __close itself
print(pcall(function()
  local a <close> = setmetatable({}, {__close = function(o, e)
    print("a close begins", e)
    print("inner pcall in close", pcall(function()
      local b <close> = mk("b-in-close")
      error("err in close's pcall", 0)
    end))
    print("a close ends")
  end})
  error("main error", 0)
end))
-- pcall returning normally inside a closing scope
do
  local z <close> = mk("z")
  print("pcall in scope", pcall(function() local y <close> = mk("y") return 1, 2 end))
end

-- coroutine.close on a suspended coroutine runs pending __close handlers in reverse order
-- CUR is the coroutine under test; inside __close the closing coroutine is the running one
local CUR
local function res(name)
  return setmetatable({name = name}, {__close = function(o, err)
    print("  close", o.name, "err:", err, "status:", coroutine.status(CUR),
          "running is CUR:", coroutine.running() == CUR)
  end})
end
local CO = coroutine.create(function()
  local a <close> = res("a")
  do
    local inner <close> = res("inner-block")
  end
  local b <close> = res("b")
  local c <close> = res("c")
  coroutine.yield("suspended with a, b, c")
  print("never printed")
end)
CUR = CO
print(coroutine.resume(CO))
print(coroutine.status(CO))
print("close:", coroutine.close(CO))
print(coroutine.status(CO))
print("close again:", coroutine.close(CO))
print(coroutine.resume(CO))

-- close with nested function frames holding tbc variables
local co = coroutine.create(function()
  local x <close> = setmetatable({}, {__close = function(_, e) print("  outer frame close", e) end})
  local function f()
    local y <close> = setmetatable({}, {__close = function(_, e) print("  inner frame close", e) end})
    coroutine.yield("deep")
  end
  f()
end)
print(coroutine.resume(co))
print("close nested:", coroutine.close(co))

-- close on a coroutine that was never started: nothing to close
local fresh = coroutine.create(function() local z <close> = res("z") end)
CUR = fresh
print("close fresh:", coroutine.close(fresh), coroutine.status(fresh))
print(coroutine.resume(fresh))

-- close on a coroutine that finished normally
local done = coroutine.create(function() return 1 end)
coroutine.resume(done)
print("close finished:", coroutine.close(done), select('#', coroutine.close(done)))

-- false values are allowed in <close> and are ignored
local cf = coroutine.create(function()
  local n <close> = nil
  local f <close> = false
  local r <close> = res("r")
  coroutine.yield()
end)
CUR = cf
coroutine.resume(cf)
print("close with nil/false tbc:", coroutine.close(cf))

-- close inside a pcall'd frame: pcall does not catch anything on close
local cp = coroutine.create(function()
  pcall(function()
    local p <close> = res("in-pcall")
    coroutine.yield("in pcall")
  end)
  print("never")
end)
CUR = cp
print(coroutine.resume(cp))
print("close pcall frame:", coroutine.close(cp))

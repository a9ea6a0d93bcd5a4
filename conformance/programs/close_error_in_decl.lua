-- an error while evaluating a <close> initializer: earlier variables close, the new one does not exist
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
local function fails() error("init failed", 0) end
print(pcall(function()
  local a <close> = mk("a")
  local b <close> = fails()
  print("not reached")
end))
-- the initializer creates a closable and then fails: that object is not closed
print(pcall(function()
  local a <close> = mk("a2")
  local b <close> = (function() local t = mk("orphan") error("after create", 0) return t end)()
end))
-- the initializer itself uses a <close> internally
print(pcall(function()
  local outer <close> = mk("outer")
  local v <close> = (function()
    local tmp <close> = mk("tmp")
    return mk("result")
  end)()
  print("v is", v.name)
end))
-- a __close whose metatable is protected by __metatable still works
local prot = setmetatable({name = "prot"}, {__metatable = "locked", __close = function(o, e)
  print("close protected", o.name, getmetatable(o), e)
end})
do local p <close> = prot end
print("done")

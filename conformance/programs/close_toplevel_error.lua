-- an uncaught error at the top level with a <close> pending: __close runs first
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, type(e))
  end})
end
local a <close> = mk("a")
local function f()
  local inner <close> = mk("inner")
  error("top level failure")
end
do
  local b <close> = mk("b")
  print("calling f")
  f()
end
print("not reached")

-- os.exit(0) without close: neither the pending <close> nor the finalizer runs
local obj = setmetatable({}, {__gc = function() print("gc finalizer runs") end})
do
  local x <close> = setmetatable({}, {__close = function() print("closing x") end})
  print("before exit")
  os.exit(0)
end
print("never printed", obj)

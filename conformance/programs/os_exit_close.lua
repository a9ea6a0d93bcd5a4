-- os.exit(0, true) closes the state: pending <close> variables and __gc finalizers run
local obj = setmetatable({}, {__gc = function() print("gc finalizer runs") end})
local function main()
  local x <close> = setmetatable({}, {__close = function(_, e)
    print("closing x", e)
  end})
  print("before exit")
  os.exit(0, true)
  print("never printed")
end
main()
print("never printed either", obj)

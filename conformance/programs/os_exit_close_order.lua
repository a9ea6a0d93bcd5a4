-- os.exit(5, true): several pending <close> variables close in reverse order, then finalizers
local function mk(name)
  return setmetatable({}, {__close = function() print("close", name) end})
end
local keep = {}
for i = 1, 3 do
  keep[i] = setmetatable({}, {__gc = function() print("gc", i) end})
end
local a <close> = mk("a")
local function inner()
  local b <close> = mk("b")
  local c <close> = mk("c")
  print("exiting")
  os.exit(5, true)
end
inner()
print("never printed", keep)

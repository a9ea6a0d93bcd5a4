-- the main chunk closes its variables at the end, and an explicit return too
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
-- a chunk loaded with load() that uses <close> and returns values
local chunk = load([[
  local mk = ...
  local a <close> = mk("chunk.a")
  local b <close> = mk("chunk.b")
  print("chunk body")
  return "r1", "r2"
]])
print("load returned", chunk(mk))
-- a chunk without explicit return
local chunk2 = load([[
  local mk = ...
  local z <close> = mk("chunk2.z")
  print("chunk2 body")
]])
print("chunk2 count", select("#", chunk2(mk)))
local top <close> = mk("top")
if true then
  local t2 <close> = mk("top-if")
  print("explicit return from main")
  return
end
print("not reached")

-- on a normal exit, an error raised in __close propagates; other variables still close
local function mk(name, fail)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
    if fail then error(fail, 0) end
  end})
end
print(pcall(function()
  local a <close> = mk("a")
  local b <close> = mk("b", "close failed")
  local c <close> = mk("c")
  return "normal result"
end))
-- in a block (not a return)
print(pcall(function()
  do
    local x <close> = mk("x")
    local y <close> = mk("y", "y failed")
    print("block body")
  end
  print("not reached")
end))
-- in a loop body: the first iteration's failure stops the loop
print(pcall(function()
  for i = 1, 3 do
    local l <close> = mk("loop" .. i, i == 2 and "loop failed" or nil)
  end
  print("not reached")
end))
-- through break
print(pcall(function()
  while true do
    local w <close> = mk("w", "break failed")
    break
  end
  print("not reached")
end))
-- error with position information from __close
print(pcall(function()
  local p <close> = setmetatable({}, {__close = function() error("positioned") end})
end))
print("done")

-- closing order: several <close> variables in one block and nested blocks, newest first
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
do
  local a <close> = mk("a")
  local b <close> = mk("b")
  local c <close> = mk("c")
  print("body of block 1")
end
print("after block 1")
do
  local x <close> = mk("outer1")
  do
    local y <close> = mk("inner1")
    do
      local z <close> = mk("innermost")
      print("deepest")
    end
    local w <close> = mk("inner2")
    print("after innermost")
  end
  local v <close> = mk("outer2")
  print("after inner")
end
print("after block 2")
-- a plain local between closables does not disturb the order
do
  local p <close> = mk("p")
  local plain = mk("plain-not-closed")
  local q <close> = mk("q")
  print("plain is", plain.name)
end
print("done")

-- goto out of a block (forward) closes the variables of the blocks it leaves
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
do
  local a <close> = mk("a")
  do
    local b <close> = mk("b")
    print("jumping")
    goto out
  end
  print("not reached")
end
::out::
print("at out")
local function f(x)
  local f1 <close> = mk("f1")
  do
    local f2 <close> = mk("f2")
    if x then goto skip end
    print("x is false")
  end
  print("normal path")
  ::skip::
  print("after skip", x)
end
f(true)
f(false)
-- goto leaving a loop body
for i = 1, 3 do
  local l <close> = mk("loop" .. i)
  if i == 2 then goto done end
end
::done::
print("done")

-- backward goto: every jump back closes the variable declared after the label
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
local i = 0
do
  ::top::
  i = i + 1
  local c <close> = mk("c" .. i)
  if i < 3 then goto top end
  print("leaving with", i)
end
print("after do")
-- a backward goto out of a nested block
local function g()
  local n = 0
  ::again::
  n = n + 1
  do
    local x <close> = mk("x" .. n)
    do
      local y <close> = mk("y" .. n)
      if n < 2 then goto again end
    end
  end
  return n
end
print("g", g())
-- a goto loop in a function; the last variable closes on return
local function h()
  local k = 0
  ::loop::
  local v <close> = mk("v" .. k)
  k = k + 1
  if k <= 2 then goto loop end
  return "h done"
end
print(h())

-- a goto to a label at the end of the block may skip a <close> declaration:
-- only variables actually initialized are closed
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
for i = 1, 4 do
  local first <close> = mk("first" .. i)
  if i % 2 == 0 then goto continue end
  local second <close> = mk("second" .. i)
  print("full body", i)
  ::continue::
end
print("after for")
-- the same in a while loop, where the skipped slot held a closable earlier
local n = 0
while n < 4 do
  n = n + 1
  if n >= 3 then goto skip end
  local c <close> = mk("w" .. n)
  ::skip::
end
print("after while", n)
-- in a do block
local function f(jump)
  do
    if jump then goto out end
    local d <close> = mk("d")
    print("declared d")
    ::out::
  end
  return "f done"
end
print(f(true))
print(f(false))

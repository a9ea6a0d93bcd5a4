-- break closes every <close> variable between the break and the loop
local function mk(name)
  return setmetatable({name = name}, {__close = function(o, e)
    print("close", o.name, e)
  end})
end
for i = 1, 10 do
  local a <close> = mk("a" .. i)
  do
    local b <close> = mk("b" .. i)
    if i == 2 then
      local c <close> = mk("c" .. i)
      print("breaking")
      break
    end
  end
end
print("after for")
-- break from an inner loop closes only the inner scopes
for i = 1, 2 do
  local outer <close> = mk("outer" .. i)
  for j = 1, 5 do
    local inner <close> = mk("inner" .. i .. j)
    if j == 2 then break end
  end
  print("outer continues", i)
end
-- break before the <close> is declared in that iteration
local n = 0
while true do
  n = n + 1
  local first <close> = mk("first" .. n)
  if n == 2 then break end
  local second <close> = mk("second" .. n)
end
print("after while", n)
-- a closable declared outside the loop is not closed by break
do
  local keep <close> = mk("keep")
  while true do
    local tmp <close> = mk("tmp")
    break
  end
  print("keep still open")
end
print("done")

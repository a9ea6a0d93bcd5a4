-- the "goto continue" pattern: the body's <close> is closed on each continue
local closed = {}
local function mk(i)
  return setmetatable({i = i}, {__close = function(o, e)
    closed[#closed + 1] = o.i
  end})
end
local kept = {}
for i = 1, 6 do
  local c <close> = mk(i)
  if i % 2 == 0 then goto continue end
  kept[#kept + 1] = i
  ::continue::
end
print("kept", table.concat(kept, ","))
print("closed", table.concat(closed, ","))
-- continue in a while loop with a nested block
closed = {}
local n = 0
while n < 5 do
  n = n + 1
  local a <close> = mk(n * 10)
  do
    local b <close> = mk(n * 10 + 1)
    if n == 3 then goto continue end
  end
  closed[#closed + 1] = "body" .. n
  ::continue::
end
print("closed", table.concat(closed, ","))
-- continue in repeat-until where the label is the last statement
closed = {}
local r = 0
repeat
  r = r + 1
  local x <close> = mk(r * 100)
  if r == 1 then goto cont end
  closed[#closed + 1] = "r" .. r
  ::cont::
until r >= 3
print("closed", table.concat(closed, ","))

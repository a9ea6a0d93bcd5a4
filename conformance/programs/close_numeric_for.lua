-- numeric for: the body's <close> is closed at the end of each iteration
local total = 0
local function mk(i)
  return setmetatable({i = i}, {__close = function(o, e)
    total = total + o.i
    print("close", o.i, e)
  end})
end
for i = 1, 3 do
  local c <close> = mk(i)
  print("body", i)
end
print("total", total)
for i = 10, 1, -4 do
  local c <close> = mk(i)
  local d <close> = mk(i * 100)
  print("down", i)
end
print("total", total)
-- float loop
for x = 0.5, 1.5, 0.5 do
  local c <close> = mk(x * 2)
  print("float", x)
end
-- a zero-trip loop never creates the variable
for i = 5, 1 do
  local c <close> = mk(999)
end
-- nested numeric loops
for i = 1, 2 do
  local o <close> = mk(i * 1000)
  for j = 1, 2 do
    local n <close> = mk(i * 10 + j)
  end
  print("outer body end", i)
end
print("total", total)

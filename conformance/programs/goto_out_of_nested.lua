-- goto out of nested blocks and loops
local grid = {{1, 2, 3}, {4, 42, 6}, {7, 8, 9}}
local fr, fc
for r = 1, #grid do
  for c = 1, #grid[r] do
    if grid[r][c] == 42 then
      fr, fc = r, c
      goto found
    end
  end
end
print("not found")
::found::
print("found at", fr, fc)
local depth = 0
do
  depth = depth + 1
  do
    depth = depth + 1
    do
      depth = depth + 1
      if depth == 3 then goto out end
      print("never")
    end
  end
end
::out::
print("depth", depth)
local i = 0
while true do
  i = i + 1
  repeat
    if i == 4 then goto done end
  until true
end
::done::
print("i", i)

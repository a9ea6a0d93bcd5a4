-- break inside nested generic for loops
local grid = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
local found
for r, row in ipairs(grid) do
  for c, v in ipairs(row) do
    if v == 6 then found = r .. "," .. c; break end
  end
  if found then break end
end
print(found)
local visited = 0
for _, row in ipairs(grid) do
  for _, v in ipairs(row) do
    visited = visited + 1
    if v % 3 == 2 then break end
  end
end
print(visited)
local function upto(n)
  local i = 0
  return function() i = i + 1; if i <= n then return i end end
end
local pairsum = 0
for a in upto(10) do
  for b in upto(10) do
    if b > a then break end
    pairsum = pairsum + 1
  end
end
print(pairsum)
for i in upto(100) do
  if i * i > 50 then print("first square over 50", i); break end
end

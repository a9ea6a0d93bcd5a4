-- Generic for in hot loops: ipairs, pairs and next over tables that grow, closure
-- iterators, nested loops, breaks, and loop variables captured by closures.
local t = {}
for i = 1, 500 do t[i] = i * 3 end
local s = 0
for rep = 1, 40 do
  for i, v in ipairs(t) do s = s + v - i end
end
print(s)
local h = {}
for i = 1, 300 do h['k' .. i] = i end
local n, sum = 0, 0
for rep = 1, 20 do
  for k, v in pairs(h) do n = n + 1 sum = sum + v end
end
print(n, sum)
local function range(a, b)
  local i = a - 1
  return function()
    i = i + 1
    if i <= b then return i end
  end
end
local r = 0
for i in range(1, 20000) do
  if i % 7 == 0 then r = r + i end
  if i > 19990 then break end
end
print(r)
local fs = {}
for i, v in ipairs({10, 20, 30}) do fs[#fs + 1] = function() return i * v end end
print(fs[1](), fs[2](), fs[3]())
local grid = {}
for i = 1, 60 do grid[i] = {} for j = 1, 60 do grid[i][j] = i * j end end
local g = 0
for _, row in ipairs(grid) do
  for j, v in ipairs(row) do
    if v % 2 == 0 then g = g + j end
  end
end
print(g)
local k, cnt = nil, 0
repeat
  k = next(t, k)
  if k then cnt = cnt + 1 end
until k == nil
print(cnt)

-- many distinct error message strings are created, caught and dropped while collecting
local function fail(i)
  local parts = {}
  for k = 1, 5 do parts[k] = string.rep("x", k) .. i end
  error(table.concat(parts, "-"), 0)
end
local total = 0
local last
for i = 1, 2000 do
  local ok, msg = pcall(fail, i)
  total = total + #msg
  last = msg
  if i % 250 == 0 then collectgarbage() end
end
print(total, last)
collectgarbage()
print(collectgarbage("count") < 10000)
local errs = {}
for i = 1, 100 do
  local ok, e = pcall(function() local t = {}; return t.x.y end)
  errs[i] = e
end
collectgarbage()
print(errs[1] == errs[100], errs[50])

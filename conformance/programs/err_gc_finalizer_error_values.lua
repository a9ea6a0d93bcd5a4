-- errors carrying tables with __gc and weak tables are caught while collections run
local finalized = 0
local function mkerr(i)
  return setmetatable({i = i}, {__gc = function() finalized = finalized + 1 end})
end
local sum = 0
for i = 1, 200 do
  local ok, e = pcall(function() error(mkerr(i)) end)
  sum = sum + e.i
end
collectgarbage()
collectgarbage()
print(sum, finalized > 0)
local cache = setmetatable({}, {__mode = "k"})
local keep = {}
for i = 1, 50 do
  local ok, e = pcall(error, {n = i})
  cache[e] = i
  if i % 10 == 0 then keep[#keep + 1] = e end
end
collectgarbage()
local total = 0
for _, e in ipairs(keep) do total = total + cache[e] end
print(#keep, total)

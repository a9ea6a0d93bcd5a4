-- strings used as keys stay findable after the strings that made them were collected and
-- made again
local t = {}
for i = 1, 2000 do t["key" .. i] = i end
for round = 1, 5 do
  for i = 1, 2000 do local s = "tmp" .. i .. "_" .. round end
  collectgarbage()
end
local sum = 0
for i = 1, 2000 do sum = sum + t["key" .. i] end
print(sum)
local short = {}
for i = 1, 100 do short[i] = string.rep("ab", i % 30) end
collectgarbage()
local hits = 0
for i = 1, 100 do if short[i] == string.rep("ab", i % 30) then hits = hits + 1 end end
print(hits)
local long = string.rep("long string ", 20)
local lt = { [long] = "found" }
long = nil
collectgarbage()
print(lt[string.rep("long string ", 20)])

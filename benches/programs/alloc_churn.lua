-- Allocation churn: millions of short-lived records (a table with a nested table and a built
-- string each); a small ring keeps the last few alive, everything else becomes garbage at once.
local ring = {}
local size = 64
local total = 0
for i = 1, 4000000 do
  local name = "item" .. i
  local r = { id = i, name = name, tags = { i % 7, i % 11 } }
  ring[i % size + 1] = r
  total = total + #r.name + r.tags[1] + r.tags[2]
end
local kept = 0
for i = 1, size do
  kept = kept + ring[i].id
end
print(total, kept)

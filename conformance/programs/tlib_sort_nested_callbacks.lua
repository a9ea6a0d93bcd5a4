-- table.sort from hot code, with comparators that sort, and an error raised inside one.
local function by_abs(a, b) return math.abs(a) < math.abs(b) end
local function sorted_copy(t, cmp)
  local c = {}
  for i = 1, #t do c[i] = t[i] end
  table.sort(c, cmp)
  return c
end
local total = 0
for round = 1, 200 do
  local t = {}
  for i = 1, 30 do t[i] = ((i * 7919 + round * 31) % 61) - 30 end
  local s = sorted_copy(t, by_abs)
  total = total + math.abs(s[1]) + math.abs(s[30]) * 2
end
print(total)
-- A comparator that sorts inside itself (a builtin calling Lua calling the builtin).
local calls = 0
local function nested(a, b)
  calls = calls + 1
  local inner = sorted_copy({3, 1, 2}, nil)
  if a[1] ~= b[1] then return a[1] + inner[1] < b[1] + inner[1] end
  return a[2] < b[2]
end
local recs = {}
for i = 1, 20 do recs[i] = {(i * 13) % 7, i} end
table.sort(recs, nested)
local out = {}
for i = 1, #recs do out[i] = recs[i][1] .. ":" .. recs[i][2] end
print(table.concat(out, " "), calls > 0)
-- An error inside the comparator.
table.sort({3, 2, 1}, function(a, b)
  if a == 1 or b == 1 then error("cmp failed") end
  return a < b
end)

-- Text processing: generated prose scanned with gmatch, rewritten with gsub (string, table
-- and function replacements), searched with find/match and formatted with string.format.
local words = {"lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit",
  "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna"}
local seed = 42
local function rand(n)
  seed = (seed * 16807) % 2147483647
  return seed % n + 1
end
local lines = {}
for i = 1, 12000 do
  local parts = {}
  for k = 1, 8 + rand(8) do parts[k] = words[rand(#words)] end
  lines[i] = string.format("%04d: %s, %d items; total=%.2f", i, table.concat(parts, " "), rand(100), rand(10000) / 7)
end
local text = table.concat(lines, "\n")

local counts, total = {}, 0
for pass = 1, 5 do
  for w in text:gmatch("%a+") do
    counts[w] = (counts[w] or 0) + 1
    total = total + 1
  end
end
local caps = text:gsub("(%a)(%a*)", function(a, b) return a:upper() .. b end)
local abbrev = text:gsub("%a+", {lorem = "L", ipsum = "I", dolor = "D"})
local swapped, nswaps = text:gsub("(%d+): (%a+)", "%2:%1")
local sum, found = 0, 0
for line in text:gmatch("[^\n]+") do
  local n, t = line:match("(%d+) items; total=([%d%.]+)")
  sum = sum + tonumber(n) + tonumber(t)
  if line:find("tempor", 1, true) then found = found + 1 end
end
local keys = {}
for k in pairs(counts) do keys[#keys + 1] = k end
table.sort(keys)
local report = {}
for _, k in ipairs(keys) do report[#report + 1] = string.format("%-12s%6d", k, counts[k]) end
print(total, #caps, #abbrev, nswaps, found, string.format("%.2f", sum))
print(report[1], report[#report])

-- pattern errors raised repeatedly inside hot loops
local pats = {"%", "[a", "%b", "%f", "(a", ")", "%1", "ok"}
local counts = {}
for i = 1, 8000 do
  local p = pats[i % #pats + 1]
  local ok, e = pcall(string.match, "abc", p)
  local key = ok and "ok:" .. tostring(e) or e
  counts[key] = (counts[key] or 0) + 1
end
local keys = {}
for k in pairs(counts) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do print(k, counts[k]) end
local bad = 0
for i = 1, 3000 do
  local ok = pcall(string.gsub, "abc", "b", i % 3 == 0 and "%2" or "%0")
  if not ok then bad = bad + 1 end
end
print(bad)

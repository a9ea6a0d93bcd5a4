-- word frequency count with gmatch
local text = [[
The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs! A quick-thinking dog? Yes: the DOG.
]]
local counts, total = {}, 0
for w in text:gmatch("%a+") do
  w = w:lower()
  counts[w] = (counts[w] or 0) + 1
  total = total + 1
end
local keys = {}
for k in pairs(counts) do keys[#keys + 1] = k end
table.sort(keys, function(a, b)
  if counts[a] ~= counts[b] then return counts[a] > counts[b] end
  return a < b
end)
print("total", total, "distinct", #keys)
for i, k in ipairs(keys) do print(i, k, counts[k]) end
-- count lines and sentences
local lines = select(2, text:gsub("\n", "\n"))
local sentences = select(2, text:gsub("[%.!?]", ""))
print("lines", lines, "sentences", sentences)
-- longest word
local longest = ""
for w in text:gmatch("[%a%-]+") do if #w > #longest then longest = w end end
print("longest", longest)

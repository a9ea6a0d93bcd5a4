-- continue-style goto in generic for loops
local t = {5, -1, 7, -3, 0, 9}
local pos = {}
for i, v in ipairs(t) do
  if v <= 0 then goto continue end
  pos[#pos + 1] = i .. ":" .. v
  ::continue::
end
print(table.concat(pos, " "))
local words = {"apple", "", "banana", "", "cherry"}
local n = 0
for _, w in ipairs(words) do
  if w == "" then goto continue end
  n = n + string.len(w)
  ::continue::
end
print(n)
local keys = {}
for k, v in pairs({a = 1, b = 2, c = 3, d = 4}) do
  if v % 2 == 1 then goto continue end
  keys[#keys + 1] = k
  ::continue::
end
table.sort(keys)
print(table.concat(keys, ","))

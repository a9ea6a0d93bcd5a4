-- the same iterator factory used many times
local function chars(s)
  local i = 0
  return function()
    i = i + 1
    if i <= string.len(s) then return string.sub(s, i, i) end
  end
end
local out = {}
for _, w in ipairs({"abc", "", "de"}) do
  for c in chars(w) do out[#out + 1] = c end
  out[#out + 1] = "|"
end
print(table.concat(out))
local function zip(a, b)
  local i = 0
  return function()
    i = i + 1
    if a[i] ~= nil and b[i] ~= nil then return i, a[i], b[i] end
  end
end
for i, x, y in zip({1, 2, 3}, {"one", "two"}) do print(i, x, y) end
local function enumerate(f)
  local n = 0
  return function()
    local v = f()
    if v ~= nil then n = n + 1; return n, v end
  end
end
for i, c in enumerate(chars("xyz")) do io.write(i, c, " ") end
print()

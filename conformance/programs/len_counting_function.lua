-- a manual border search agrees with # on sequences
local function border(t)
  local n = 0
  while t[n + 1] ~= nil do n = n + 1 end
  return n
end
local cases = {{}, {1}, {1, 2, 3}, {"a", "b"}}
for i, c in ipairs(cases) do print(i, #c, border(c), #c == border(c)) end
local big = {}
for i = 1, 1000 do big[i] = i end
print(#big, border(big))
big[1001] = 1001
print(#big, border(big))
for i = 1001, 501, -1 do big[i] = nil end
print(#big, border(big))
local s = {n = 5}
print(#s, border(s))

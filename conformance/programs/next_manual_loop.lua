-- iterating with explicit next calls, array part then hash ints
local t = {}
for i = 1, 6 do t[i] = i * i end
local k, v = next(t)
local out = {}
while k do
  out[#out + 1] = k .. "->" .. v
  k, v = next(t, k)
end
print(table.concat(out, " "))
local function count(tbl)
  local n, key = 0, next(tbl)
  while key ~= nil do n = n + 1; key = next(tbl, key) end
  return n
end
print(count(t), count({}), count({nil, nil, 3}), count({a = 1, 1, 2}))
local first = next({"only"})
print(first)
print(next({"only"}, 1))
local e = {}
print(next(e) == nil)
e[5] = "five"
print(next(e))
e[5] = nil
e[6] = "six"
print(next(e))

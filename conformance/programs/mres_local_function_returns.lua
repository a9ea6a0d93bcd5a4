-- adjusting results of local functions in various statements
local function divmod(a, b) return a // b, a % b end
local q, r = divmod(17, 5)
print(q, r)
print(divmod(-17, 5))
local t = {}
t.q, t.r = divmod(100, 7)
print(t.q, t.r)
local results = {}
for i = 1, 4 do results[i] = {divmod(i * 10, 3)} end
for i, res in ipairs(results) do io.write(res[1], "r", res[2], " ") end
print()
local function stats(list)
  local s, mn, mx = 0, math.huge, -math.huge
  for _, v in ipairs(list) do s = s + v; mn = math.min(mn, v); mx = math.max(mx, v) end
  return s, s / #list, mn, mx
end
print(stats({3, 1, 4, 1, 5, 9, 2, 6}))
local total, avg = stats({2, 4})
print(total, avg)
local _, _, lo = stats({7, -3, 12})
print(lo)

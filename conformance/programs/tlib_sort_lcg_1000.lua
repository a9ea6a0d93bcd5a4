-- sort 1000 pseudo-random numbers from a deterministic LCG
local seed = 12345
local function rand()
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed
end
local t = {}
for i = 1, 1000 do t[i] = rand() % 100000 end
print(t[1], t[2], t[1000])
table.sort(t)
local ok = true
for i = 2, #t do if t[i - 1] > t[i] then ok = false end end
print(ok, #t)
print(t[1], t[2], t[500], t[999], t[1000])
local s = 0
for i = 1, #t do s = s + t[i] end
print(s)
table.sort(t, function(a, b) return a > b end)
print(t[1], t[1000])
local f = {}
for i = 1, 1000 do f[i] = (rand() % 10000) / 7 end
table.sort(f)
print(string.format("%.4f %.4f", f[1], f[1000]))
local strs = {}
for i = 1, 300 do strs[i] = tostring(rand() % 1000) end
table.sort(strs)
print(strs[1], strs[150], strs[300])

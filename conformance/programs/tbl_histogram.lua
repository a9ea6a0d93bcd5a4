-- building and printing a histogram from an LCG
local seed = 42
local function rand(n)
  seed = (seed * 214013 + 2531011) % 4294967296
  return (seed // 65536) % n + 1
end
local hist = {}
for i = 1, 10 do hist[i] = 0 end
for _ = 1, 2000 do
  local v = rand(10)
  hist[v] = hist[v] + 1
end
local total = 0
for i = 1, 10 do
  total = total + hist[i]
  print(string.format("%2d %4d %s", i, hist[i], string.rep("*", hist[i] // 20)))
end
print(total, #hist)
local maxi = 1
for i = 2, 10 do if hist[i] > hist[maxi] then maxi = i end end
print("max bucket", maxi)

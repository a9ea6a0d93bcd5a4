-- a hot loop drawing 100000 numbers: checksums and bucket counts
math.randomseed(12345)
local sum = 0
local buckets = {}
for i = 1, 10 do buckets[i] = 0 end
for i = 1, 100000 do
  local v = math.random(1, 10)
  buckets[v] = buckets[v] + 1
  sum = (sum * 31 + v) % 1000000007
end
print("checksum int", sum)
print("buckets", table.concat(buckets, " "))
local total = 0
for i = 1, 10 do total = total + buckets[i] end
print("total", total)
-- floats: count per tenth, and a checksum of scaled values
local fb = {}
for i = 0, 9 do fb[i] = 0 end
local fsum = 0
for i = 1, 100000 do
  local f = math.random()
  local k = math.floor(f * 10)
  fb[k] = fb[k] + 1
  fsum = (fsum + math.floor(f * 2^20)) % 998244353
end
local parts = {}
for i = 0, 9 do parts[#parts + 1] = fb[i] end
print("float buckets", table.concat(parts, " "))
print("checksum float", fsum)
-- raw 64-bit values: xor checksum with wrapping
local x = 0
for i = 1, 100000 do x = x ~ math.random(0); x = (x << 1) | ((x >> 63) & 1) end
print("xor", x)
-- wide range
local big = 0
for i = 1, 100000 do big = big + (math.random(-1000000, 1000000) % 7) end
print("wide", big)

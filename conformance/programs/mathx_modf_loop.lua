-- math.modf in a hot loop (JIT paths), checksum of parts
local isum, fsum = 0, 0
for k = 1, 20000 do
  local x = (k - 10000) / 8
  local i, f = math.modf(x)
  isum = isum + i
  fsum = fsum + f
  if i + f ~= x then print("mismatch", x) end
end
print(isum, fsum, math.type(isum), math.type(fsum))
local negcount = 0
for k = -100, 100 do
  local i, f = math.modf(k * 0.3)
  if f < 0 then negcount = negcount + 1 end
  if math.abs(f) >= 1 then print("bad frac", k) end
end
print("negative fractions", negcount)
local s = 0
for k = 1, 3000 do
  s = s + math.deg(math.rad(k))
end
print(string.format("%.6f", s))
local m = 0
for k = 1, 1000 do
  local i = math.modf(k)
  m = m + i
end
print(m, math.type(m))

-- a hot loop packing and unpacking 20000 records
local fmt = "<i4 I2 b d s1 z"
local sum, bytes, names = 0, 0, 0
for i = 1, 20000 do
  local name = "n" .. (i % 97)
  local rec = string.pack(fmt, i * 7 - 50000, i % 65536, (i % 256) - 128, i / 8, name, "z" .. i)
  bytes = bytes + #rec
  local a, b, c, d, e, f, nxt = string.unpack(fmt, rec)
  sum = (sum * 31 + a + b * 3 + c * 5 + math.floor(d * 8) + nxt) % 1000000007
  if e == name and f == "z" .. i then names = names + 1 end
end
print(sum, bytes, names)
-- records appended to one buffer and walked back
local parts = {}
for i = 1, 2000 do parts[i] = string.pack(">I3 h", i * 1000, -i) end
local buf = table.concat(parts)
local pos, acc, n = 1, 0, 0
while pos <= #buf do
  local u, h
  u, h, pos = string.unpack(">I3 h", buf, pos)
  acc = acc + u + h
  n = n + 1
end
print(#buf, n, acc, pos)
-- checksum over the bytes
local ck = 0
for i = 1, #buf, 7 do ck = (ck + buf:byte(i) * i) % 65521 end
print(ck)
-- floats through single precision in a loop
local fsum = 0.0
for i = 1, 20000 do fsum = fsum + string.unpack("<f", string.pack("<f", i / 10)) end
print(string.format("%.6f", fsum))

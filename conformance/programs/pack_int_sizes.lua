-- i1..i16 and I1..I16: sizes, sign extension, round trips
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
for n = 1, 16 do
  local fi, fu = "<i" .. n, "<I" .. n
  local neg = string.pack(fi, -1)
  local pos = string.pack(">i" .. n, 0x41)
  local ok, u = pcall(string.unpack, fu, neg)
  print(n, string.packsize(fi), hex(neg), hex(pos), string.unpack(fi, neg), ok, u)
end
-- largest values that fit each size
for n = 1, 7 do
  local max = (1 << (8 * n - 1)) - 1
  local min = -(1 << (8 * n - 1))
  local umax = (1 << (8 * n)) - 1
  print(n, string.unpack("<i" .. n, string.pack("<i" .. n, max)), string.unpack("<i" .. n, string.pack("<i" .. n, min)),
    string.unpack("<I" .. n, string.pack("<I" .. n, umax)))
end
-- sign extension for wide sizes
for _, n in ipairs({9, 12, 16}) do
  print(n, hex(string.pack("<i" .. n, math.mininteger)), hex(string.pack(">i" .. n, -2)))
  print(string.unpack("<i" .. n, string.pack("<i" .. n, math.mininteger)))
  print(string.unpack(">i" .. n, string.pack(">i" .. n, math.maxinteger)))
  print(string.unpack("<I" .. n, string.pack("<I" .. n, math.maxinteger)))
  print(string.unpack(">i" .. n, string.pack(">i" .. n, -12345)))
end
-- unsigned unpack of a narrow size never goes negative
print(string.unpack("<I3", "\255\255\255"), string.unpack("<i3", "\255\255\255"))
print(string.unpack("<I1", "\128"), string.unpack("<i1", "\128"))
print(string.unpack(">i5", "\128\0\0\0\0"), string.unpack(">I5", "\128\0\0\0\0"))

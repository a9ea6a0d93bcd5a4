-- J, I8 and wider unsigned formats with negative numbers (two's complement)
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("<J", math.mininteger)), string.unpack("<J", string.pack("<J", math.mininteger)))
print(hex(string.pack(">I8", -2)), string.unpack(">I8", string.pack(">I8", -2)))
print(hex(string.pack("<I9", -1)))
print(hex(string.pack("<I9", math.maxinteger)))
print(hex(string.pack("<I10", math.mininteger)))
print(hex(string.pack(">i10", math.mininteger)))
print(string.unpack("<I9", string.pack("<I9", math.maxinteger)))
print(pcall(string.unpack, "<I9", string.pack("<I9", -1)))
print(pcall(string.unpack, "<I10", string.pack("<I10", math.mininteger)))
print(string.unpack("<i10", string.pack("<i10", math.mininteger)))
print(string.unpack("<J", "\0\0\0\0\0\0\0\128"), math.ult(1, string.unpack("<J", "\0\0\0\0\0\0\0\128")))
print(string.format("%x", (string.unpack("<I7", "\255\255\255\255\255\255\255"))))
print(string.unpack("<I6", string.pack("<I6", 0xffffffffffff)))
print(pcall(string.pack, "<I6", 0x1000000000000))
print(pcall(string.pack, "<i6", 0x800000000000))
print(hex(string.pack("<i6", -0x800000000000)))
-- unsigned packing of negative values wider than 8 bytes keeps the sign bytes
for _, n in ipairs({9, 11, 13, 15, 16}) do
  local s = string.pack(">I" .. n, -3)
  print(n, hex(s), pcall(string.unpack, ">i" .. n, s))
  print(n, string.unpack(">I" .. n, s))
end
-- the same bytes read back as signed and unsigned for small sizes
for n = 1, 7 do
  local s = string.rep("\255", n - 1) .. "\127"
  print(n, string.unpack("<i" .. n, s), (string.unpack("<I" .. n, s)), string.unpack(">i" .. n, s))
end

-- endianness switches inside one format; native order is little-endian here
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(hex(string.pack("<i2>i2=i2", 0x0102, 0x0102, 0x0102)))
print(hex(string.pack(">i3<i3", 0x010203, 0x010203)))
print(hex(string.pack("i4", 1)) == hex(string.pack("=i4", 1)), hex(string.pack("i4", 1)) == hex(string.pack("<i4", 1)))
print(hex(string.pack(">d<d", 1.5, 1.5)))
print(hex(string.pack(">f<f", -1, -1)))
print(hex(string.pack(">s2<s2", "ab", "ab")))
print(hex(string.pack(">I16", 1)))
print(hex(string.pack("<I16", 1)))
print(hex(string.pack(">j", 0x0102030405060708)))
print(hex(string.pack("<j", 0x0102030405060708)))
print(hex(string.pack(">T", 258)))
print(string.unpack("<i2>i2", "\1\2\1\2"))
print(string.unpack(">I4", "\0\0\1\0"), string.unpack("<I4", "\0\0\1\0"))
print(string.unpack(">i2<i2>i2", string.pack("<i2>i2<i2", 1, 2, 3)))
print(string.unpack(">d", string.pack("<d", 1.0)) == 1.0)
print(string.format("%.17g", (string.unpack(">d", string.pack("<d", 1.0)))))
-- the switch persists for the rest of the format
print(hex(string.pack(">hhh", 1, 2, 3)))
print(hex(string.pack("<h>hh", 1, 2, 3)))
-- swap byte order of many values
local t = {}
for i = 1, 10 do
  local v = string.unpack("<i4", string.pack(">i4", i * 0x01010101 + i))
  t[#t + 1] = string.format("%x", v)
end
print(table.concat(t, " "))

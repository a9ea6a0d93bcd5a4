-- string.pack / unpack of the fixed-size integer options, both endiannesses
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local opts = {"b", "B", "h", "H", "i", "I", "l", "L", "j", "J", "T", "i4", "I4"}
for _, o in ipairs(opts) do
  print(o, string.packsize(o), hex(string.pack("<" .. o, 1)), hex(string.pack(">" .. o, 1)))
end
print(hex(string.pack("<b", -1)), string.unpack("<b", "\255"))
print(hex(string.pack("<B", 255)), string.unpack("<B", "\255"))
print(hex(string.pack("<h", -2)), string.unpack("<h", "\254\255"))
print(hex(string.pack(">h", 0x1234)), string.unpack(">h", "\x12\x34"))
print(hex(string.pack("<H", 0xfffe)), string.unpack("<H", "\xfe\xff"))
print(hex(string.pack("<i", -100000)), string.unpack("<i", string.pack("<i", -100000)))
print(hex(string.pack(">I", 0xdeadbeef)), string.unpack(">I", "\xde\xad\xbe\xef"))
print(hex(string.pack("<j", math.mininteger)), string.unpack("<j", string.pack("<j", math.mininteger)))
print(hex(string.pack(">j", math.maxinteger)), string.unpack(">j", string.pack(">j", math.maxinteger)))
print(hex(string.pack("<J", -1)), string.unpack("<J", string.pack("<J", -1)))
print(hex(string.pack("<l", -3)), string.unpack("<L", string.pack("<l", -3)))
print(hex(string.pack("<T", 4096)), string.unpack("<T", string.pack("<T", 4096)))
-- several values at once and the next position
print(hex(string.pack("<bhi", 1, 2, 3)))
print(string.unpack("<bhi", string.pack("<bhi", -1, -2, -3)))
print(string.unpack(">BHI", string.pack(">BHI", 200, 60000, 4000000000)))
-- floats with integral value are accepted
print(hex(string.pack("<i2", 3.0)), hex(string.pack("<i2", "7")))
print(pcall(string.pack, "<i2", 3.5))
print(pcall(string.pack, "<i2", "x"))
print(pcall(string.pack, "<i2"))

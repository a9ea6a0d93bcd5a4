-- float options f, d, n: sizes, byte images, single-precision rounding
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
print(string.packsize("f"), string.packsize("d"), string.packsize("n"))
for _, v in ipairs({0.0, 1.0, -2.5, 0.1, 1/3, 1e10, 3.4e38, 1e-40, 1/0, -1/0}) do
  print(string.format("%.17g", v), hex(string.pack("<f", v)), hex(string.pack(">d", v)))
end
print(hex(string.pack("<f", -0.0)), hex(string.pack("<d", -0.0)))
-- f rounds to single precision
for _, v in ipairs({0.1, 1/3, math.pi, 16777217, 1e39, -1e39, 1e-46, 123456.789}) do
  local r = string.unpack("<f", string.pack("<f", v))
  print(string.format("%.9g", r), math.type(r))
end
-- d and n round trip exactly
for _, v in ipairs({0.1, math.pi, -1e308, 5e-324, 2^53 + 1.0, math.huge}) do
  local d = string.unpack(">d", string.pack(">d", v))
  local n = string.unpack("=n", string.pack("=n", v))
  print(d == v, n == v, string.format("%.17g", d))
end
local nan = string.unpack("<d", string.pack("<d", 0/0))
print(nan ~= nan)
local nanf = string.unpack("<f", string.pack("<f", 0/0))
print(nanf ~= nanf)
-- integers are converted to floats
print(string.unpack("<d", string.pack("<d", 3)), math.type((string.unpack("<d", string.pack("<d", 3)))))
print(string.unpack("<f", string.pack("<f", "2.5")))
print(string.unpack("<f", "\0\0\128\63"), string.unpack(">d", "\63\240\0\0\0\0\0\0"))
print(pcall(string.pack, "d", "x"))
print(pcall(string.pack, "f", nil))
print(pcall(string.unpack, "d", "1234567"))
print(string.unpack("<fd", string.pack("<fd", 1.5, -0.25)))

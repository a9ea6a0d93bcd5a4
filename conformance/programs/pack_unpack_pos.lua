-- unpack with a start position and the returned next position
local s = string.pack("<i2i2i2i2", 10, 20, 30, 40)
print(#s)
for _, p in ipairs({1, 3, 5, 7, -2, -4, -8}) do
  print(p, string.unpack("<i2", s, p))
end
print(string.unpack("<i2i2", s, 3))
print(string.unpack("<i2", s, 3.0))
print(string.unpack("<i2", s, "5"))
print(string.unpack("", s, 9))
print(string.unpack("", s, 1))
print(string.unpack("", "", 1))
print(string.unpack("<i2", s, -100 + 92))
-- walking a buffer with the returned position
local buf = string.pack("<s1s1s1", "a", "bb", "ccc")
local pos, parts = 1, {}
while pos <= #buf do
  local v
  v, pos = string.unpack("<s1", buf, pos)
  parts[#parts + 1] = v .. "@" .. pos
end
print(table.concat(parts, " "))
local function try(...) print(pcall(string.unpack, ...)) end
try("<i2", s, 8)
try("<i2", s, 9)
try("<i2", s, 10)
try("<i2", s, 0)
try("<i2", s, -9)
try("", s, 10)
try("<i2", s, -1)
try("<i2", s, 1.5)
try("<i2", s, "x")
try("<i4", "abc")
try("<b", "")
try("<i2", s, math.mininteger)
try("<i2", s, math.maxinteger)
-- unpack returns the next position even for no formats
print(select("#", string.unpack("<i2i2", s)))
print(select("#", string.unpack("<!4xi4", "\0\0\0\0\1\0\0\0")))

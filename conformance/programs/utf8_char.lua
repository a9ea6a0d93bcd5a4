-- utf8.char: encodings at the boundaries, shown as byte lists
local function bytes(s)
  local t = {}
  for i = 1, #s do t[i] = string.format("%02X", s:byte(i)) end
  return #s .. ":" .. table.concat(t, " ")
end
for _, c in ipairs({0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF,
                    0x110000, 0x1FFFFF, 0x200000, 0x3FFFFFF, 0x4000000, 0x7FFFFFFF}) do
  print(string.format("U+%X", c), bytes(utf8.char(c)))
end
print(bytes(utf8.char()))
print(bytes(utf8.char(72, 105, 0x20AC, 0x1F600)))
print(utf8.char(72, 101, 108, 108, 111))
print(utf8.char(0xE9, 0x4E2D, 0x6587))
print(bytes(utf8.char(65.0)))
print(bytes(utf8.char("66")))
print(pcall(utf8.char, -1))
print(pcall(utf8.char, 0x80000000))
print(pcall(utf8.char, 65, 0x80000000))
print(pcall(utf8.char, math.maxinteger))
print(pcall(utf8.char, 1.5))
print(pcall(utf8.char, "x"))
print(pcall(utf8.char, 65, nil))

-- integer conversions with flags, width and precision
local f = string.format
for _, v in ipairs({0, 7, -7, 255, -255, math.maxinteger, math.mininteger}) do
  print(f("[%d] [%i] [%5d] [%-5d|] [%05d] [%+d] [% d] [%.3d] [%8.3d] [%-+8.2d|]", v, v, v, v, v, v, v, v, v, v))
end
for _, v in ipairs({0, 255, -1, 4096, math.mininteger}) do
  print(f("[%x] [%X] [%o] [%#x] [%#X] [%#o] [%08x] [%-8X|] [%.4x] [%#10.6x]", v, v, v, v, v, v, v, v, v, v))
end
print(f("%d %d %d", 3.0, "10", -0.0))
print(f("%x", "0x10"), f("%X", 2^53))
print(f("%.0d|%.0x|%5.0d|", 0, 0, 0))
print(pcall(f, "%u", 5))
print(pcall(f, "%d", 3.5))
print(pcall(f, "%d", "3.5"))
print(pcall(f, "%x", 2^63))
print(pcall(f, "%d", "abc"))
print(pcall(f, "%d"))
print(pcall(f, "%#d", 1))
print(pcall(f, "% x", 1))
print(pcall(f, "%+x", 1))
print(pcall(f, "%100d", 1))
print(pcall(f, "%.100d", 1))
print(f("%99d", 1):len(), f("%.99d", 1):len())

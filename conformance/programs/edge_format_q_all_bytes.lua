for i = 0, 255 do io.write(string.format("%q", string.char(i)), " ") if i % 16 == 15 then io.write("\n") end end
print(string.format("%q", "a\0b\0001\r\n\t\"\\z\127\128\255"))
print(string.format("%q", "\0009"), string.format("%q", "\1" .. "2"), string.format("%q", "\r9"))
print(#"\0\0\0", #"\x41\65\u{41}\u{7FF}\u{FFFF}\u{10FFFF}\u{7FFFFFFF}", "\z
      abc", #"a\
b")
print(string.rep("ab", 3, ","), string.rep("x", 0, ","), string.rep("x", -1), string.rep("x", 1, ","), string.rep("", 5, "-"), string.rep("ab", 2, ""))

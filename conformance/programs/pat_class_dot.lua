-- '.' matches any byte, including \0 and newlines
local s = "a\0b\nc"
print(#s, select(2, s:gsub(".", "")))
print(s:find("a.b"))
print(s:find("b.c"))
print(("x\0y"):match("x(.)y") == "\0")
print(("abc"):match("..."), ("abc"):match("...."))
print(("abc"):match(".-"), ("abc"):match(".*"), ("abc"):match(".+$"))
print(("\255\254"):match("..") == "\255\254")
-- \0 inside patterns
print(("a\0b"):find("\0"), ("a\0b"):find("%z"))
print(("a\0b"):find("[\0]"), ("a\0b"):find("[^%z]+"))
local n = 0
for ch in ("line1\nline2"):gmatch(".") do n = n + 1 end
print(n)
print(("héllo"):match("h(..)llo") == "é")

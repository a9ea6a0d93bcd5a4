-- utf8.offset: positive, negative and zero n, with and without i
local s = "aé€😀z"
for n = 1, 7 do print("n", n, utf8.offset(s, n)) end
for n = -1, -7, -1 do print("n", n, utf8.offset(s, n)) end
print("zero", utf8.offset(s, 0, 1), utf8.offset(s, 0, 2), utf8.offset(s, 0, 3))
print("zero", utf8.offset(s, 0, 5), utf8.offset(s, 0, 6), utf8.offset(s, 0, 8))
print("zero end", utf8.offset(s, 0, 12))
print("with i", utf8.offset(s, 1, 4), utf8.offset(s, 2, 4), utf8.offset(s, -1, 4))
print("with i", utf8.offset(s, 1, 12), utf8.offset(s, -1, 12), utf8.offset(s, 2, 11))
print("neg i", utf8.offset(s, 1, -1), utf8.offset(s, -1, -1), utf8.offset(s, 1, -5))
print("empty", utf8.offset("", 1), utf8.offset("", -1), utf8.offset("", 0))
print("beyond", utf8.offset("abc", 5), utf8.offset("abc", -5))
print("default i", utf8.offset("abc", 3), utf8.offset("abc", 4), utf8.offset("abc", -3))
print(pcall(utf8.offset, s, 1, 3))
print(pcall(utf8.offset, s, -1, 6))
print(pcall(utf8.offset, s, 0, 9))
print(pcall(utf8.offset, s, 1, 13))
print(pcall(utf8.offset, s, 1, 0))
print(pcall(utf8.offset, s, 1, -13))
print(pcall(utf8.offset, s))
print(pcall(utf8.offset, s, 1.5))
-- round trip: offsets of every character
local t = {}
for i = 1, utf8.len(s) do t[i] = utf8.offset(s, i) end
print(table.concat(t, " "))

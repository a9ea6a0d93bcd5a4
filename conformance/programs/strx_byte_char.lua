-- string.byte ranges with negative and out-of-range indices; string.char limits
local s = "abcdef"
local function b(...) print(select("#", string.byte(...)), string.byte(...)) end
b(s, 1, -1)
b(s, -3, -1)
b(s, -100, 2)
b(s, 5, 100)
b(s, 4, 3)
b(s, 0, 0)
b(s, 0, 1)
b(s, 7)
b(s, -6)
b(s, -7)
b(s, math.mininteger, math.maxinteger)
b(s, math.maxinteger)
b(s, 2.0, "3")
b("", 1, -1)
b("\0\255\128", 1, 3)
print(pcall(string.byte, s, 1.5))
print(pcall(string.byte, s, "x"))
print(pcall(string.byte))
print(string.char(0, 1, 127, 128, 255):byte(1, -1))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, 65, 300))
print(pcall(string.char, 65.5))
print(pcall(string.char, "a"))
print(pcall(string.char, nil))
print(string.char(65.0, "66", 0x43))
-- round trip of every byte
local all = {}
for i = 0, 255 do all[#all + 1] = i end
local str = string.char(table.unpack(all))
local back = {str:byte(1, -1)}
local ok = #str == 256 and #back == 256
for i = 1, 256 do ok = ok and back[i] == i - 1 end
print(ok)
-- big ranges
local big = string.rep("z", 5000)
print(select("#", big:byte(1, -1)), select("#", big:byte(-4000, 4000)))

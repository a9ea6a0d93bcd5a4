-- len, upper, lower, reverse and comparison on strings with \0
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local s = "aB\0cD\0\0eF"
print(#s, s:len(), string.len("\0"), #"\0\0\0")
print(hex(s:upper()), hex(s:lower()), hex(s:reverse()))
print(hex(("\0"):rep(3):upper()), ("\0abc"):upper():len())
print(hex(("\200\255aZ"):upper()), hex(("\200\255aZ"):lower()))
-- comparisons with embedded zeros
local function cmp(a, b) print(hex(a), hex(b), a < b, a <= b, a == b, a > b) end
cmp("a\0b", "a\0c")
cmp("a\0", "a")
cmp("a", "a\0")
cmp("\0", "")
cmp("a\0\0", "a\0")
cmp("a\0z", "a\1")
cmp("\0\255", "\0\1")
cmp("abc\0", "abc\0")
cmp("x\0y", "x")
-- sorting strings that differ after a zero
local t = {"b\0b", "b", "a\0\0", "b\0a", "a\0", "a", "\0"}
table.sort(t)
local out = {}
for i, v in ipairs(t) do out[i] = hex(v) end
print(table.concat(out, " "))
-- zeros are kept as table keys and through concatenation
local k = {}
k["a\0b"] = 1; k["a\0c"] = 2; k["a"] = 3
print(k["a\0b"], k["a\0c"], k["a"], k["a\0"])
local c = "x" .. "\0" .. "y"
print(#c, c == "x\0y", hex(c .. c))
print(("\0a\0"):find("a", 1, true), ("\0a\0"):find("\0", 2, true))
print(hex(tostring("\0")), select("#", ("a\0b"):byte(1, -1)))

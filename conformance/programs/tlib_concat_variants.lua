-- table.concat with separators, ranges and numbers
local t = {1, 2, 3, 4, 5}
print(table.concat(t))
print(table.concat(t, ", "))
print(table.concat(t, "-", 2))
print(table.concat(t, "-", 2, 4))
print(table.concat(t, "-", 4, 2) == "")
print(table.concat(t, "-", 5, 5))
print(table.concat({}, "x"))
print(table.concat({1.5, 2, -3, 0.0, 1e100}, " "))
print(table.concat({"a", 1, "b", 2.5}, ""))
print(table.concat({math.maxinteger, math.mininteger}, " "))
print(table.concat({1, 2, 3}, 0))
print(table.concat({1, 2, 3}, 1.5))
local words = {}
for i = 1, 100 do words[i] = "w" end
print(string.len(table.concat(words, "..")))
print(table.concat({"only"}, ", "))
local x = {[0] = "zero", "one", "two"}
print(table.concat(x, ",", 0, 2))
print(table.concat({"a", "b", "c"}, "", 3))
print(table.concat({2^53, -0.0, 1/0}, " "))

-- string.sub corners
local s = "hello world"
local function sb(i, j) print(i, j, "[" .. s:sub(i, j) .. "]") end
sb(0, 0)
sb(0, 3)
sb(-5, -1)
sb(-5, -6)
sb(-100, 100)
sb(12, 20)
sb(11, 11)
sb(math.mininteger, math.maxinteger)
sb(math.maxinteger, math.maxinteger)
sb(math.mininteger, math.mininteger)
sb(math.mininteger, 2)
sb(3, math.mininteger)
sb(-1, math.maxinteger)
sb(5, nil)
sb(-3, nil)
print("[" .. ("abc"):sub(2.0, "3") .. "]")
print("[" .. ("abc"):sub("-2") .. "]")
print("[" .. (""):sub(1, 1) .. "]", "[" .. (""):sub(0) .. "]", "[" .. (""):sub(-1, -1) .. "]")
print(("a\0b\0c"):sub(2, 4):byte(1, -1))
print(pcall(string.sub, s))
print(pcall(string.sub, s, 1.5))
print(pcall(string.sub, s, 1, "x"))
print(pcall(string.sub, nil, 1))
print(pcall(string.sub, s, 2^63))
-- sub with numbers as the subject
print(string.sub(12345, 2, 3), string.sub(1.25, -2), (" x "):sub(2, 2))
-- every (i, j) pair over a short string
local acc = {}
for i = -4, 4 do
  for j = -4, 4 do acc[#acc + 1] = ("abc"):sub(i, j) end
end
print(table.concat(acc, ","))

-- math.random(m, n) over many kinds of ranges, fixed seed
math.randomseed(2024)
local function row(label, m, n, k)
  local t = {}
  for i = 1, k or 8 do t[i] = tostring(math.random(m, n)) end
  print(label, table.concat(t, " "))
end
row("1..6", 1, 6)
row("-10..-1", -10, -1)
row("-5..5", -5, 5)
row("0..1", 0, 1)
row("0..3", 0, 3)
row("0..255", 0, 255)
row("1..1024", 1, 1024)
row("0..1000", 0, 1000)
row("1..3", 1, 3)
row("7..7", 7, 7)
row("minint..maxint", math.mininteger, math.maxinteger, 4)
row("minint..-1", math.mininteger, -1, 4)
row("0..maxint", 0, math.maxinteger, 4)
row("minint..minint+1", math.mininteger, math.mininteger + 1)
row("maxint-2..maxint", math.maxinteger - 2, math.maxinteger)
row("2^32 wide", 0, (1 << 32) - 1, 4)
row("2^40+1 wide", -(1 << 39), 1 << 39, 4)
row("float args", 1.0, 4.0)
row("string args", "1", "9")
local t = {}
for i = 1, 8 do t[i] = tostring(math.random(9)) end
print("1..9 (one arg)", table.concat(t, " "))
t = {}
for i = 1, 8 do t[i] = tostring(math.random(1)) end
print("1..1 (one arg)", table.concat(t, " "))

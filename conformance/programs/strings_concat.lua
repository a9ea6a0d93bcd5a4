-- concatenation and numbers
print(1 .. 2)
print(1.5 .. "")
print(2.0 .. "")
print(-0.0 .. "")
print(10 // 1 .. "|" .. 10 / 1)
print("a" .. "b" .. "c" .. 1 .. 2.5)
print(2^63 .. "")
print(math.mininteger .. "")
print(1e100 .. "")
print(1/0 .. "", -1/0 .. "")
print("x" .. 0x10)
local s = ""
for i = 1, 10 do s = s .. i end
print(s, #s)
print("right assoc", "a" .. "b" .. "c")
print("prec", "a" .. 1 + 2, 2 * 3 .. "")
print("#concat", #("abc" .. "de"))
print("" .. "")
local n = 42
print("n=" .. n .. ";")

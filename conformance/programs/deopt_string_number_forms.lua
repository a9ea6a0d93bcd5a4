-- hot arithmetic speculated on integers later gets every form of numeric string (hex, exponents, spaces, overflow to float)
local function add(a, b) return a + b end
local function mul(a, b) return a * b end
local function band(a, b) return a & b end
local s = 0
for i = 1, 4000 do s = s + add(i, 1) + mul(i, 2) end
print("warm", s)
local strs = "10|10.0|1e2|0x10|0X1p4|  7  |9223372036854775807|9223372036854775808|-9223372036854775808|0x7fffffffffffffff|0xffffffffffffffff|.5|5.|-0|-0.0|1E+2|0x.8|0x8p-1|\t3\n"
local i = 1
while i <= #strs do
  local j = i
  while j <= #strs and strs:sub(j, j) ~= "|" do j = j + 1 end
  local str = strs:sub(i, j - 1)
  local r1, r2 = add(str, 0), mul(str, 1)
  print(string.format("%-22s", str), r1, math.type(r1), r2, math.type(r2), add(str, 0.0), add(0, str))
  i = j + 1
end
print("before error")
print(add("1e", 1))

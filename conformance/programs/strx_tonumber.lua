-- tonumber with bases, hex strings, spaces and invalid forms; tostring corners
local function tn(...) print(select("#", ...) > 1 and select(2, ...) or "", "->", tonumber(...), math.type(tonumber(...))) end
for _, v in ipairs({"10", " 10 ", "\t\n10\v\f\r", "0x10", "0X1F", "-0x10", "0x", "0x.8", "0x1p4", "0x1P-1",
    "1e", "1e+", "1e2", ".5", "5.", ".", "", " ", "- 1", "--1", "+1", "+-1", "1 2", "0x1g",
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "0xffffffffffffffff",
    "0x10000000000000000", "1e400", "-1e400", "inf", "nan", "1\0", "0b101", "00012", "1_000"}) do
  local r = tonumber(v)
  print(string.format("%q", v):gsub("\n", "n"), r, math.type(r))
end
for base = 2, 36 do
  io.write(base, ":", tostring(tonumber("11", base)), ",", tostring(tonumber("zz", base)), " ")
end
print()
print(tonumber("ff", 16), tonumber("FF", 16), tonumber("-ff", 16), tonumber("  ff  ", 16), tonumber("f f", 16))
print(tonumber("Zz", 36), tonumber("777", 8), tonumber("8", 8), tonumber("1010", 2), tonumber("2", 2))
print(tonumber("ffffffffffffffff", 16), tonumber("10000000000000000", 16), tonumber("0x10", 16))
print(tonumber("1.5", 10), tonumber("", 10), tonumber("-", 10), tonumber("7fffffffffffffff", 16))
print(pcall(tonumber, "10", 1))
print(pcall(tonumber, "10", 37))
print(pcall(tonumber, 10, 16))
print(pcall(tonumber, "10", 10.5))
print(pcall(tonumber))
print(tonumber(nil), tonumber(true), tonumber({}), tonumber(12), tonumber(1.5))
-- tostring corners
for _, v in ipairs({-0.0, 0.0, 1e15, 1e16, 2^53, 2^63, -2^63, 1e100, 1/3, 100.0, -1e-10, 2^-1074, math.mininteger}) do
  io.write(tostring(v), " ")
end
print()
print(tostring(1/0), tostring(-1/0), tostring(0/0) == tostring(0/0), 3 | 0, 3.0 // 1)

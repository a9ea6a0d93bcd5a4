local x = 1.0
for i = 1, 40 do x = x / 7 io.write(x, " ", tostring(-x * 3), " ") end print()
x = 1.0
for i = 1, 40 do x = x * 13.3 io.write(x, " ") end print()
for e = -320, 308, 17 do io.write(10.0 ^ e, " ", 2.5 * 10.0 ^ e, " ") end print()
print(1e-7, 1.5e-7, 1e21, 1e22, 123456789012345678, 0.1 + 0.7, 4.35, 1 - 0.9, 100000000000000, 1e14, 99999999999999.9, 999999999999999.9)
print(2^24, 2^31, 2^32, 2^52, 2^53, 2^64, 2^100, 2^1023 * 2, -2^1023 * 2)
print(string.format("%.14g", 0.1), string.format("%.15g", 0.1), string.format("%.16g", 0.1), string.format("%.17g", 0.1))
for i = 0, 20 do io.write(string.format("%.3g|%g|%.0e ", 10^i / 3, 10^-i / 3, 10^i * 7)) end print()

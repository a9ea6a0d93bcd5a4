print(-0.0 // 1, 0.0 % -1, -0.0 % 1, -0.0 % -1, 0.0 // -1, -1 // math.huge, 1 // -math.huge, -0.0 * 0, 0 * -0.0)
print(-0.0 + -0.0, -0.0 - 0.0, 0.0 - 0.0, -0.0 - -0.0, math.fmod(-0.0, 1), math.fmod(-1, 1), math.fmod(-1.0, 1))
print(math.floor(-0.0), math.ceil(-0.5), math.ceil(-0.0), math.tointeger(-0.0), math.abs(-0.0), -0.0 ^ 1, (-0.0) ^ 0.5, math.sqrt(-0.0))
print(string.format("%g %f %.1f %d", -0.0, -0.0, -0.04, 0), tostring(-0.0), -0.0 .. "")
print(math.max(-0.0, 0.0), math.max(0.0, -0.0), math.min(0, -0.0), math.min(-0.0, 0))
local z = -0.0
print(z == 0, z < 0, 1/z, -z, 0 - z, z // 1 == 0)
for i = -0.0, 0 do print(i) end
for i = 0.0, -0.0, -1 do print(i) end
print(3 % -0.0, -3 % 0.0, 3 // -0.0, 0/0 == 0/0)
print(1e15, 1e16, -1e15, 123456789012345.0, 1234567890123456.0, 0.1 + 0.2, 100 * 1.1, 1e-310, 2^-1022)
print(7.0, -7.0, 7.10, 1e2, 1E+2, 0x10p0, 0xA.8p1, 0x.1, 3e0, .5, 5., 0x1P+4, 0Xabc, 0xffffffffffffffff, 0x7fffffffffffffff + 1)
print(9223372036854775807, 9223372036854775808, -9223372036854775808, 18446744073709551615, 1e309)
print(math.mininteger, -9223372036854775807 - 1, math.type(-9223372036854775808))

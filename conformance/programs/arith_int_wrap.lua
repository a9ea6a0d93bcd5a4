-- integer wrap-around
local max = math.maxinteger
local min = math.mininteger
print("max", max)
print("min", min)
print("max+1", max + 1)
print("min-1", min - 1)
print("max+1==min", max + 1 == min)
print("min-1==max", min - 1 == max)
print("max*2", max * 2)
print("min*-1", min * -1)
print("-min", -min)
print("min//-1", min // -1)
print("min%-1", min % -1)
print("max*max", max * max)
print("big mul", 1000000007 * 1000000009 * 1000000021)
print("neg wrap", -max - 2)
local x = 1
for i = 1, 70 do x = x * 2 end
print("2^70 int", x)
local y = 3
for i = 1, 50 do y = y * 3 end
print("3^51 int", y)
print("0x7fffffffffffffff", 0x7fffffffffffffff)
print("0xffffffffffffffff", 0xffffffffffffffff)
print("0x10000000000000000", 0x10000000000000000)
print("0x8000000000000000", 0x8000000000000000)
print("9223372036854775807", 9223372036854775807)
print("9223372036854775808", 9223372036854775808)
print("-9223372036854775808", -9223372036854775808)
print("math.type big", math.type(9223372036854775808))
print("1e308*10", 1e308 * 10)

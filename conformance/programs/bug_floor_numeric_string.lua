-- Found by the proptest differential (long run): math.floor and math.ceil convert a numeric
-- string to a float first (only an integer value is its own floor), so 2^53 + 1 as a string
-- rounds to 2^53; math.abs and math.fmod likewise treat strings as floats.
print(math.floor("9007199254740993"), math.ceil("9007199254740993"), math.floor("3"), math.ceil("3.5"))
print(math.floor(" 0x10 "), math.floor("-0"), math.ceil("-0.5"), math.floor("1e300"))
print(math.abs("5"), math.abs("-5"), math.abs("-5.5"), math.abs(-5), math.abs("9007199254740993"))
print(math.fmod("7", "3"), math.fmod(7, "3"), math.fmod("7", 3), math.fmod(7, 3))
print(math.tointeger("8"), math.tointeger("8.0"), math.tointeger("x"), math.tointeger(8.5))
print(math.max("10", "9"), math.min("10", "9"), math.type("1"))
local function f(s) return math.floor(s) + 1 end
local r = 0
for i = 1, 3000 do r = f("9007199254740993") end
print(r, f(2.5), f(7))

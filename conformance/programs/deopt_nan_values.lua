-- nan sign and special float values produced by hot compiled arithmetic
local function div(a, b) return a / b end
local function mul(a, b) return a * b end
local function sub(a, b) return a - b end
local function neg(a) return -a end
local function sq(a) return math.sqrt(a) end
local function lg(a) return math.log(a) end
local function md(a, b) return a % b end
local function fm(a, b) return math.fmod(a, b) end
local function pw(a, b) return a ^ b end
local function id(a, b) return a // b end
local s = 0
for i = 1, 5000 do s = s + div(i, 3) + mul(i, 0.5) + sub(i, 0.25) + neg(i) + sq(i) + lg(i) + md(i, 2.5) + fm(i, 3) + pw(i, 0.5) + id(i, 2.0) end
print(s)
print(div(0, 0), div(0.0, 0), neg(div(0, 0)), mul(math.huge, 0), sub(math.huge, math.huge), neg(sub(math.huge, math.huge)))
print(sq(-1), neg(sq(-1)), lg(-1), lg(0), md(1, 0.0), md(math.huge, 2), fm(1, 0.0), fm(math.huge, 2), pw(-8, 1/3), pw(0, -1), id(0.0, 0.0), id(1, 0.0))
print(0/0, -(0/0), math.huge - math.huge, math.sqrt(-1), math.huge * 0, (0/0) * -1)
local nan = 0/0
print(nan ~= nan, tostring(nan), tostring(-nan), string.format("%f %g %.3f %e", nan, -nan, 1/0, -1/0))
print(math.tointeger(nan), math.floor(2.5), math.type(nan), nan == nan, math.max(nan, nan), math.min(1, nan))

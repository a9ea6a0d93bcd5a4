-- hot arithmetic edge cases: shifts by huge counts, min/max with -0.0/nan, float mod/idiv signs, int/float compares at 2^53/2^63
-- hot probes for JIT arithmetic edge cases
local function shl(a, b) return a << b end
local function shr(a, b) return a >> b end
local function fmax(a, b) return math.max(a, b) end
local function fmin(a, b) return math.min(a, b) end
local function fmod_(a, b) return a % b end
local function fidiv(a, b) return a // b end
local function lt(a, b) if not (a < b) then return "nlt" end return "lt" end
local function le(a, b) if a <= b then return "le" end return "nle" end
local function gt(a, b) if a > b then return "gt" end return "ngt" end
local function eqf(a, b) return a == b end
local function floor_(x) return math.floor(x) end
local function ceil_(x) return math.ceil(x) end
local function abs_(x) return math.abs(x) end
local s = 0
for i = 1, 5000 do
  s = s + shl(i, i % 70) % 7 + shr(i, i % 70) % 7
  s = s + fmax(i, 2500) + fmin(i * 0.5, 100) + fmod_(i * 1.5, 2.5) + fidiv(i * 1.0, 3)
  if lt(i, 2500) == "lt" then s = s + 1 end
  if le(i + 0.5, 2500) == "le" then s = s + 1 end
  if gt(i * 1.0, 10.0) == "gt" then s = s + 1 end
  if eqf(i, i + 0.0) then s = s + 1 end
  s = s + floor_(i / 3) + ceil_(i / 7) + abs_(-i)
end
print("warm", s)
local mi = math.mininteger
print("shift min", shl(1, mi), shr(1, mi), shl(-1, mi), shr(-1, mi), shl(1, 63), shr(mi, 63), shl(1, -63), shr(1, -63))
print("shift edge", shl(3, 64), shr(3, 64), shl(3, -64), shr(3, -64), shl(3, 65), shr(-1, 1), shl(-1, 0), shr(5, 0))
print("max", fmax(0.0, -0.0), fmax(-0.0, 0.0), fmax(0/0, 1), fmax(1, 0/0), fmax(1, 1.0), fmax(1.0, 1), fmax(math.maxinteger, 2^63))
print("min", fmin(0.0, -0.0), fmin(-0.0, 0.0), fmin(0/0, 1), fmin(1, 0/0), fmin(1, 1.0), fmin(1.0, 1), fmin(mi, -2^63))
print("mod", fmod_(-0.0, 1), fmod_(0.0, -1), fmod_(-5.5, math.huge), fmod_(5.5, -math.huge), fmod_(-6.0, 3), fmod_(6.0, -3), fmod_(1/0, 2), fmod_(-1, 1/0))
print("idiv", fidiv(-0.0, 1), fidiv(0.0, -1), fidiv(-1, math.huge), fidiv(1, -math.huge), fidiv(-6.0, 3), fidiv(7.0, 0.5), fidiv(0/0, 1))
local nan = 0/0
print("nan cmp", lt(nan, 1), lt(1, nan), le(nan, nan), gt(nan, 0), gt(0, nan), eqf(nan, nan))
local b = 2^53
print("2^53", lt(b, b + 1), lt(9007199254740993, b), le(9007199254740993, b), gt(9007199254740993, b), eqf(9007199254740993, b), eqf(9007199254740992, b))
print("maxint", lt(math.maxinteger, 2^63), le(2^63, math.maxinteger), gt(2^63, math.maxinteger), eqf(math.maxinteger, 2^63), lt(-2^63, mi), le(-2^63, mi))
print("floor", floor_(-0.0), floor_(-0.5), ceil_(-0.5), floor_(2^63), floor_(-2^63), ceil_(2^62 + 0.0), floor_(1/0), floor_(nan), floor_(7), ceil_(mi))
print("abs", abs_(mi), abs_(-0.0), abs_(-1/0), abs_(-3), abs_(nan))
print("types", math.type(floor_(-0.0)), math.type(floor_(2^63)), math.type(ceil_(-0.5)), math.type(abs_(-0.0)))

-- bitwise operators hot on integers, then floats with/without integer values
local function band(a, b) return a & b end
local function shl(a, b) return a << b end
local function bxor(a, b) return a ~ b end
local function bnot(a) return ~a end
local h = 0
for i = 1, 5000 do
  h = bxor(h, shl(i, i % 17)) & 0xffffffff
  h = band(h + bnot(i), 0x7fffffff)
end
print("hash", h)
print("float exact", band(7.0, 3), shl(1.0, 4), bxor(2^40, 1), bnot(0.0))
print("shifts", shl(1, 64), shl(1, -1), shl(-1, 63), shl(5, -70))
local c = 0
for i = 1, 3000 do c = c + band(i * 1.0, 15) end
print("c", c)
print("before error")
print(band(1.5, 1))

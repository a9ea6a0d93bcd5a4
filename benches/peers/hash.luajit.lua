-- LuaJIT port of benches/programs/hash.lua: 32-bit `bit` ops (signed results), the FNV prime
-- multiply split as h * 16777619 = (h << 24) + h * 403 so it stays exact in doubles.
local bit = require("bit")
local bxor, band, lshift, rshift, tobit = bit.bxor, bit.band, bit.lshift, bit.rshift, bit.tobit
local function hash(n)
  local h = tobit(2166136261)
  local x = tobit(2463534242)
  for i = 1, n do
    x = bxor(x, lshift(x, 13))
    x = bxor(x, rshift(x, 17))
    x = bxor(x, lshift(x, 5))
    h = bxor(h, band(x, 0xFF))
    h = tobit(lshift(h, 24) + h * 403)
    h = bxor(h, band(rshift(x, 8), 0xFF))
    h = tobit(lshift(h, 24) + h * 403)
    h = bxor(h, band(i, 0xFFFF))
  end
  return h % 4294967296
end
print(hash(40000000))

-- An integer hash loop: xorshift32 feeding FNV-1a mixing, with ~ << >> & and multiplication.
local function hash(n)
  local h = 2166136261
  local x = 2463534242
  for i = 1, n do
    x = x ~ ((x << 13) & 0xFFFFFFFF)
    x = x ~ (x >> 17)
    x = x ~ ((x << 5) & 0xFFFFFFFF)
    h = ((h ~ (x & 0xFF)) * 16777619) & 0xFFFFFFFF
    h = ((h ~ ((x >> 8) & 0xFF)) * 16777619) & 0xFFFFFFFF
    h = h ~ (i & 0xFFFF)
  end
  return h
end
print(hash(40000000))

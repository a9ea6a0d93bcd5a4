-- float keys with integer values are normalized to integer keys
local t = {}
t[1.0] = "a"
print(t[1], t[1.0])
t[2] = "b"
print(t[2.0])
t[3.5] = "c"
print(t[3.5], t[3])
t[2^53] = "big"
print(t[2^53], t[math.tointeger(2^53)])
print(t[9007199254740992])
t[-0.0] = "negzero"
print(t[0], t[-0.0], t[0.0])
t[0] = "zero"
print(t[-0.0])
t[-1] = "minus one"
print(t[-1.0])
t[1e15] = "e15"
print(t[1000000000000000])
print(#t)
local n = 0
for i = 1, 3 do if t[i + 0.0] then n = n + 1 end end
print(n)
t[3.0] = "three"
print(#t, t[3])
print(math.type(2^53), t[2^53 + 0])

-- a hot function speculated on floats later receives integers
local function scale(x, k) return x * k + 0.5 end
local function half(x) return x / 2 end
local function idiv(a, b) return a // b end
local function mod(a, b) return a % b end
local acc = 0.0
for i = 1, 4000 do
  acc = acc + scale(i * 0.25, 1.5) + half(i + 0.0)
  acc = acc + idiv(i + 0.5, 3.0) + mod(i * 1.5, 7.25)
end
print("float phase", acc)
print("int args", scale(2, 3), half(7), idiv(7, 2), mod(7, 3))
print("types", math.type(scale(2, 3)), math.type(half(8)), math.type(idiv(7, 2)), math.type(mod(7, 3)))
print("neg", idiv(-7, 2), mod(-7, 2), idiv(7, -2), mod(7, -2))
print("neg float", idiv(-7.0, 2), mod(-7.0, 2), idiv(7, -2.0), mod(7, -2.0))
print("inf", idiv(1.0, 0), mod(1.0, 0), half(1 / 0), mod(5.5, math.huge), mod(-5.5, math.huge))
local n = 0
for i = 1, 3000 do n = n + idiv(i, 7) + mod(i, 7) end
print("int loop", n)
print("large", idiv(math.maxinteger, 2), mod(math.mininteger, 3), idiv(math.mininteger, -1))

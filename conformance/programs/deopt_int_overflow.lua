-- hot integer arithmetic with small values, then values that wrap around
local function add(a, b) return a + b end
local function mul(a, b) return a * b end
local function sub(a, b) return a - b end
local function neg(a) return -a end
local x = 0
for i = 1, 4000 do
  x = add(x, mul(i, 3)) - sub(i, 1)
  x = x + neg(i)
end
print("small", x)
local max, min = math.maxinteger, math.mininteger
print("add wrap", add(max, 1), add(min, -1), add(max, max))
print("mul wrap", mul(max, 2), mul(min, -1), mul(0x100000000, 0x100000000), mul(3037000500, 3037000500))
print("sub wrap", sub(min, 1), sub(max, -1), sub(0, min))
print("neg wrap", neg(min), neg(max))
local h = 1
for i = 1, 100 do h = mul(h, 31) + i end
print("hash", h)
local f = 0
for i = 1, 3000 do f = add(f, max // 1000) end
print("wrapped sum", f)
print("float not wrap", add(max, 1.0), mul(max, 2.0))
print("compare after wrap", add(max, 1) < 0, add(max, 1) == min)

-- a hot function speculated on integers later receives floats
local function add(a, b) return a + b end
local function mul(a, b) return a * b end
local function sub(a, b) return a - b end
local s = 0
for i = 1, 4000 do
  s = add(s, i)
  s = sub(s, mul(i, 2))
end
print("int phase", s)
print("float add", add(1.5, 2), add(2, 0.25), add(0.1, 0.2))
print("float mul", mul(3, 0.5), mul(1e308, 10), mul(-0.0, 1))
print("float sub", sub(1, 0.5), sub(0.0, 0.0), sub(-0.0, 0.0))
local f = 0
for i = 1, 3000 do
  f = add(f, i / 2)
  if i % 1000 == 0 then print("f at", i, f) end
end
print("back to int", add(7, 8), mul(6, 7), sub(1, 2))
print("types", math.type(add(1, 2)), math.type(add(1, 2.0)), math.type(mul(2, 3)))
local t = 0
for i = 1, 5000 do
  if i % 2 == 0 then t = add(t, i) else t = add(t, 0.5) end
end
print("alternating", t, math.type(t))

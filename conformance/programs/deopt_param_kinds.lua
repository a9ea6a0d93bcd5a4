-- unboxed/speculated parameters: missing, extra, reassigned and retyped arguments after the callee is hot
local function f(a, b) return a * 2 + b end
local function g(x) return f(x, 1) + f(1, x) end
local s = 0
for i = 1, 5000 do s = s + g(i) + f(i, i) end
print("warm", s)
print("float via caller", g(0.5), g(-0.0), g(2^53))
print("extra args", f(1, 2, 3), f(2.5, 1, nil, "x"))
print("string via caller", g("3"))
local function h(a, b, c)
  if c then return a + b + c end
  return a - b
end
s = 0
for i = 1, 5000 do s = s + h(i, 1) + h(i, 2, 3) end
print("opt param", s, h(1, 2), h(1, 2, 3), h(1.5, 2), h(1, 2, 0.25))
local function k(a, b) a = a + 1 b = b .. "" return a .. b end
for i = 1, 5000 do k(i, i) end
print("reassigned params", k(1, 2), k(1.5, "x"), k("2", 3))
print("missing arg next")
print(f(1))

-- math.deg / math.rad, printed with a fixed precision
local function f(x) return string.format("%.10f", x) end
for _, d in ipairs({0, 1, 30, 45, 90, 180, 270, 360, -90, 720, 0.5, 1e-3}) do
  print("rad", d, f(math.rad(d)))
end
for _, r in ipairs({0, 1, -1, 0.5, 2, math.pi, math.pi / 2, math.pi / 4, -math.pi, 2 * math.pi}) do
  print("deg", f(r), f(math.deg(r)))
end
print("roundtrip", f(math.deg(math.rad(123.456))), f(math.rad(math.deg(0.789))))
print("exact", math.deg(math.pi) == 180, math.rad(180) == math.pi)
print("deg 0", math.deg(0), math.rad(0))
print("inf", math.deg(math.huge), math.rad(-math.huge))
print("nan", math.deg(0/0) ~= math.deg(0/0))
print("big", f(math.rad(1e6)), string.format("%.6e", math.deg(1e10)))
print("string arg", f(math.rad("180")), f(math.deg("1")))
print(pcall(math.deg))
print(pcall(math.rad, "abc"))
print(pcall(math.deg, true))

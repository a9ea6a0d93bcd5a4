-- e E f g G conversions with flags, width and precision
local f = string.format
local vals = {0.0, -0.0, 1.0, -1.5, 0.1, 123456.789, 1e-5, 1e21, 2^53, 1/3}
for _, v in ipairs(vals) do
  print(f("%e|%E|%f|%g|%G", v, v, v, v, v))
  print(f("%.2e|%10.3f|%-12g|%+.4G|% .1f|%#g|%#.0f|%012.4e", v, v, v, v, v, v, v, v))
end
for _, v in ipairs({1/0, -1/0}) do
  print(f("%e|%E|%f|%g|%G|%10.2f|%-8e|", v, v, v, v, v, v, v))
end
print(f("%.0e %.0f %.0g", 2.5, 2.5, 2.5))
print(f("%.0f %.0f %.0f %.0f", 0.5, 1.5, 3.5, -0.5))
print(f("%g %g %g %g", 1e-4, 1e-5, 123456, 1234567))
print(f("%.3g %.10g %.17g", math.pi, math.pi, math.pi))
print(f("%G %E", 1e-300, 1e300))
print(f("%5.1f|%-5.1f|%05.1f|%+05.1f", 2, 2, -2, 2))
print(f("%f %e", 3, -3))
print(f("%.20f", 0.1))
print(f("%.99f", 1/3):len())
print(f("%e", "1e3"), f("%g", "0x10"))
print(pcall(f, "%f", "x"))
print(pcall(f, "%e", {}))
print(pcall(f, "%F", 1))
print(pcall(f, "%.123f", 1))

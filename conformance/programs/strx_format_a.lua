-- %a and %A hexadecimal floats
local f = string.format
for _, v in ipairs({0.0, 1.0, -1.0, 0.5, 0.1, 2^-1022, 2^-1074, 1e300, math.pi, 3, -255}) do
  print(f("%a", v), f("%A", v))
end
print(f("%.0a %.1a %.3a %.13a", 1.5, 1.5, 1.5, 1.5))
print(f("%.1a %.2a", 0.1, 1.999))
print(f("[%20a] [%-20a] [%+a] [% a] [%#a]", 1.0, 1.0, 1.0, 1.0, 1.0))
print(f("[%020a]", -0.75))
print(f("%a %a %a", 1/0, -1/0, -0.0))
print(f("%A", 1/0))
print(pcall(f, "%a", "x"))
print(tonumber(f("%a", 0.1)) == 0.1, tonumber(f("%a", math.pi)) == math.pi)

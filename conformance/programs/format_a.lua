-- %a hexadecimal floats
local f = string.format
print(f("%a", 1.0))
print(f("%a", 0.5))
print(f("%a", 16))
print(f("%A", 255.5))
print(f("%a", -0.1))
print(f("%a", 0.0))
print(f("%.2a", 1.0))
print(f("%a", 1/0))
print(f("%a", 2^-1074))
print(f("[%20a]", 3.0))

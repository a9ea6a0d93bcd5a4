-- bitwise op on float without integer representation
local x = 1.5
print("ok", 3.0 | 0)
print("x", x)
print(x | 1)

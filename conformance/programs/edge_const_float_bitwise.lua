-- a float <const> without integer value in a bitwise op: no variable name
local c <const> = 1.5
print(c * 2)
local x = c | 1

-- unary minus on a folded boolean constant: no variable name
local c <const> = false
print(not c)
local x = -c

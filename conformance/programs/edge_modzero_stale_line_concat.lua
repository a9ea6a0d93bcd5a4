-- the concatenation on line 4 is the last instruction that saved the pc
local a, b = "x", "y"
local z = 0
local c = a .. b
local q = 1 % z

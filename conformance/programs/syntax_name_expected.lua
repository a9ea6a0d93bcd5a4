print("never")
local 1 = 2

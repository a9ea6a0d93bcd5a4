print("never")
local x = 3x

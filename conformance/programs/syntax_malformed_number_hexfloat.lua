print("never")
local x = 0x1p

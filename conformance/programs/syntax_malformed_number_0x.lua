print("never")
local x = 0x

print("never")
local s = [=abc]=]

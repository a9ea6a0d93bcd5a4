print("never")
local s = "x"
local u = s:upper

print("never")
local s = "line one
line two"

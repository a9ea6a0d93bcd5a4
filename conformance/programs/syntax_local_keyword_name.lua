print("never")
local end = 1

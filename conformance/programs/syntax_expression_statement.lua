print("never")
local x = 1
x + 1

print("never")
local x = 1
until x

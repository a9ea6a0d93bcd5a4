print("never")
local x = )

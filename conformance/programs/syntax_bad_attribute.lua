print("never")
local x <foo> = 1

print("never")
local x = 1
else
  x = 2

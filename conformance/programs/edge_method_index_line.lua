-- the method lookup is attributed to the line of the method name
local s = 5
local r = s
  :
  upper()

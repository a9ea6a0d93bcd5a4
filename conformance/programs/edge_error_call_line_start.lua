local f = nil
local x = 1 +
  f
  (1)

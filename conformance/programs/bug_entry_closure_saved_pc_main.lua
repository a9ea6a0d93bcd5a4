local g = function()
  return 1
end
-- The main chunk's first instruction is a closure (line 3): the saved position is there,
-- not line 1.
local q = 5
local z = 0
local r = q % z
print(r)

-- a module with a syntax error
local x = 1
local y = = 2
return x

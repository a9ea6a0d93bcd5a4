-- a module that raises an error while loading
local t = {}
error("module failed: " .. #t)
return t

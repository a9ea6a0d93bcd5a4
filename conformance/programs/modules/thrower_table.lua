-- raises a non-string error value
local e = setmetatable({ code = 42 }, { __tostring = function(t) return "E" .. t.code end })
error(e)

local M = {}
M.required = (M.required or 0) + 1
local mt = { __add = function(a, b) return M.new(a.x + b.x, a.y + b.y) end,
             __tostring = function(v) return "(" .. v.x .. "," .. v.y .. ")" end }
function M.new(x, y) return setmetatable({ x = x, y = y }, mt) end
vec_loaded_count = (vec_loaded_count or 0) + 1
return M

-- a module requiring another module
local vec = require("modules.vec")
local M = {}
function M.perimeter(w, h)
  local p = vec.new(w, h)
  return 2 * (p.x + p.y)
end
M.vec = vec
return M

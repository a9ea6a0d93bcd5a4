-- a module whose functions share private upvalues
local secret = 0
local M = {}
function M.bump() secret = secret + 1 return secret end
function M.peek() return secret end
return M

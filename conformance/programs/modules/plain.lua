-- plain module found through a custom package.path
local M = { kind = "plain" }
M.args = { ... }
return M

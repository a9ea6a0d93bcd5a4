-- a module returning a table with state
local M = {}
local count = 0
M.loads = (M.loads or 0) + 1
function M.inc(n)
  count = count + (n or 1)
  return count
end
function M.get() return count end
M.name = ...
return M

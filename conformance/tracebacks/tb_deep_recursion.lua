-- error at depth 50 (traceback skips levels)
local function dive(n)
  if n == 50 then error("reached depth " .. n) end
  local r = dive(n + 1)
  return r
end
local function start() local v = dive(1) return v end
start()

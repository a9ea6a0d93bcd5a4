-- functions stored in table fields, called as t.f()
local M = {}
M.util = {}
function M.util.parse(s)
  if s == "" then error("empty input") end
  return #s
end
M.run = function(s)
  return M.util.parse(s) + 1
end
print(M.run("abc"))
local r = M.run("")
print(r)

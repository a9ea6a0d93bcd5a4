-- local _ENV sandbox with __index = _G: writes stay in the sandbox
local outer_print = print
shared_global = "from _G"
local function run_sandbox()
  local _ENV = setmetatable({}, {__index = _G})
  shared_global = "shadowed"
  newvar = 123
  print(shared_global, newvar, type(string), math.max(3, 9))
  local mt = getmetatable(_ENV)
  print(rawget(_ENV, "print"), rawget(_ENV, "newvar"), mt.__index == _G)
  return _ENV
end
local env = run_sandbox()
outer_print(shared_global, newvar, env.newvar, env.shared_global)
-- nested sandboxes chain lookups
do
  local _ENV = setmetatable({level = 1}, {__index = _G})
  do
    local _ENV = setmetatable({level = 2, name = "inner"}, {__index = _ENV})
    print(level, name, type(tostring))
    flag = true
    print(rawget(_ENV, "flag"))
  end
  print(level, name, flag)
end
-- sandbox with a function __index counting global lookups
local lookups = {}
do
  local _ENV = setmetatable({}, {__index = function(_, k) lookups[#lookups + 1] = k; return _G[k] end})
  local s = tostring(1) .. tostring(2)
  print(s)
end
table.sort(lookups)
print(table.concat(lookups, " "))

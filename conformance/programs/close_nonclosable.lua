-- a value without __close (other than nil/false) is an error at the declaration
print(pcall(function()
  local x <close> = 42
end))
print(pcall(function()
  local s <close> = "str"
end))
print(pcall(function()
  local tbl <close> = {}
end))
print(pcall(function()
  local withmeta <close> = setmetatable({}, {__index = {}})
end))
print(pcall(function()
  local b <close> = true
end))
print(pcall(function()
  local fn <close> = print
end))
-- earlier closables of the same scope are closed with the error
print(pcall(function()
  local ok <close> = setmetatable({}, {__close = function(o, e) print("ok closed with", e) end})
  local bad <close> = 3.5
  print("not reached")
end))
-- the error names the right variable
local function named()
  local good <close> = nil
  local another_name <close> = {}
end
print(pcall(named))
-- in a loop: the iteration variable is not involved
print(pcall(function()
  for i = 1, 3 do
    local it <close> = (i < 3) and setmetatable({}, {__close = function() print("closed", i) end}) or i
  end
end))
print("done")

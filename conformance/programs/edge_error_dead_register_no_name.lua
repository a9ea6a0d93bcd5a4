local function f() end
do
  local x = 5
end
local y = f() + 1

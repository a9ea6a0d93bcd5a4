-- Lua 5.4.4 does not save the pc before integer '//' by zero: the reported line is
-- that of the last instruction that saved it (here none, so the function's first line)
local function f(a)
  local b = 2
  return a // 0
end
print("start")
f(1)

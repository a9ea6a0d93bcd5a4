-- Lua's OP_CLOSE (and CLOSURE) save the pc: an integer % by zero later reports that line.
local z = 0
local function id(x) return x end
local function f(n)
  id(1)

  for i = 1, 2 do
    local g = function() return i end
    id(i)
  end
  local q = 3
  return q % z
end
print(f(2))

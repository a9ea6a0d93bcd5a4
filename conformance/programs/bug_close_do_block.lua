-- Lua's OP_CLOSE (and CLOSURE) save the pc: an integer % by zero later reports that line.
local z = 0
local function id(x) return x end
local function f(n)
  id(1)

  do
    local c = n
    g = function() return c end
    id(2)

  end
  local q = 3
  return q % z
end
print(f(2))

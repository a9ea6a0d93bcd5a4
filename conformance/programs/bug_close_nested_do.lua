-- Lua's OP_CLOSE (and CLOSURE) save the pc: an integer % by zero later reports that line.
local z = 0
local function id(x) return x end
local function f(n)
  id(1)

  do
    local a = 1
    do
      local b = 2
      g = function() return a + b end
    end
    id(3)
  end
  local q = 3
  return q % z
end
print(f(2))

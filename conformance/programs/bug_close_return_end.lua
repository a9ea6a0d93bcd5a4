-- Lua's OP_CLOSE (and CLOSURE) save the pc: an integer % by zero later reports that line.
local z = 0
local function id(x) return x end
local function f(n)
  id(1)

  local function h()
    do
      local c = 1
      g = function() return c end
      return 5
    end
  end
  id(h())
  local q = 3
  return q % z
end
print(f(2))

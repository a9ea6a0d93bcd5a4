-- Lua's OP_CLOSE (and CLOSURE) save the pc: an integer % by zero later reports that line.
local z = 0
local function id(x) return x end
local function f(n)
  id(1)

  if n > 0 then
    local d = 1
    id(function() return d end)
    local e = 2
  else
    local q = 1
  end
  local q = 3
  return q % z
end
print(f(2))

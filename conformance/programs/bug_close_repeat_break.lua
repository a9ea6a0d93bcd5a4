-- Lua's OP_CLOSE (and CLOSURE) save the pc: an integer % by zero later reports that line.
local z = 0
local function id(x) return x end
local function f(n)
  id(1)

  local k = 0
  repeat
    local c = k
    id(function() return c end)
    k = k + 1
    if k == 2 then break end
  until k > 5
  local q = 3
  return q % z
end
print(f(2))

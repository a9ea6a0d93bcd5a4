-- Two registers compared with == (Lua's OP_EQ, also against a library constant such as
-- math.maxinteger, which is a field read, not a constant) save the pc: the integer modulo
-- by zero below reports the last comparison's line.
local function id(x) return x end
local function f(z)
  local a = id(1)
  local b = 2
  local e = a == b

  if a == math.maxinteger then print("no") end
  if e then print("no") end
  return 10 % z
end
print(f(2))
print(f(0))

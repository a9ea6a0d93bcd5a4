-- Found by the proptest differential: Lua's `forprep` saves the pc, and an integer `%` or `//`
-- by zero later in the function reports that line. Cranelift's inline integer `for` did not
-- record it, so compiled code reported an earlier call's line.
local function id(x) return x end
local function f(z)
  id(1)
  for i = 1, 3 do
  end
  local r = 10 // z
  return r
end
local function g(z)
  local s = id(0)
  for i = 3, 1, -1 do
    s = s + i
  end
  return s % z
end
for i = 1, 300 do f(1) g(7) end
print(f(3), g(4))
print(g(0))

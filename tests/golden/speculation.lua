-- Integer feedback on one function, float feedback on another: the optimizing plan
-- speculates each operation on what it saw and guards the parameters once at entry.
local function isum(a, b)
  local c = a * 2
  return c + b
end
local function fmix(x, y)
  return x * y - 0.5
end
local s, f = 0, 0.0
for i = 1, 20 do
  s = s + isum(i, 3)
  f = f + fmix(i * 0.5, 1.5)
end
print(s, f)

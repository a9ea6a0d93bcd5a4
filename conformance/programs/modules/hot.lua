-- a loop hot enough to be compiled
local function sum(n)
  local s = 0
  for i = 1, n do
    s = s + (i % 7) * 2
  end
  return s
end
return sum(100000), sum

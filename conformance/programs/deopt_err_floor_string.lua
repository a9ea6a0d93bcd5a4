-- math.floor gets a non-numeric string after being hot on integers
local function f(x, i)
  return math.floor(x)
end
for i = 1, 6000 do f(i < 5000 and i or "z", i) end

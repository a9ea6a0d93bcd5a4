-- comparison hot on strings, then a string against a number
local function gt(a, b) return a > b end
local n = 0
for i = 1, 4000 do
  if gt("k" .. (i % 10), "k5") then n = n + 1 end
end
print("n", n)
print(gt("10", "9"), gt(10, 9))
print(gt("x", 1))

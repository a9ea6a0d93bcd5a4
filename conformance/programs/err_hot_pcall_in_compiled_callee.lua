-- pcall called from a hot function that itself runs inside a hot loop
local function risky(a, b)
  if b == 0 then error("zero divisor") end
  return a // b
end
local function safeDiv(a, b)
  local ok, v = pcall(risky, a, b)
  if ok then return v end
  return 0
end
local total = 0
for i = 1, 25000 do
  total = total + safeDiv(i * 10, i % 6)
end
print(total)
local function nested(i)
  local ok, v = pcall(safeDiv, i, i % 2)
  return ok and v or -100
end
local t2 = 0
for i = 1, 10000 do t2 = t2 + nested(i) end
print(t2)
print(pcall(risky, 1, 0))

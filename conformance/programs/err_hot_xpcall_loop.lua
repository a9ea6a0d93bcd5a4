-- hot loop of xpcall with a transforming handler and level-2 errors
local function validate(x)
  if x % 4 == 0 then error("multiple of four", 2) end
  return x
end
local function step(x) return validate(x) + 1 end
local function handler(e) return #e end
local sum, lens = 0, 0
for i = 1, 16000 do
  local ok, v = xpcall(step, handler, i)
  if ok then sum = sum + v else lens = lens + v end
end
print(sum, lens)
local ok, e = xpcall(step, function(m) return m end, 8)
print(ok, e)
local n = 0
for i = 1, 10000 do
  local ok2, r1, r2 = xpcall(function(a, b) return a + b, a - b end, handler, i, 1)
  if ok2 then n = n + r1 - r2 end
end
print(n)

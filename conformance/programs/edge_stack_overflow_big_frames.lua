-- Lua's stack limit counts slots (1,000,000), not frames: a function with a large
-- frame overflows at a depth well below 50,000
local function f(n)
  local a1, a2, a3, a4, a5, a6, a7, a8, a9, a10 = n, n, n, n, n, n, n, n, n, n
  local b1, b2, b3, b4, b5, b6, b7, b8, b9, b10 = n, n, n, n, n, n, n, n, n, n
  local c1, c2, c3, c4, c5, c6, c7, c8, c9, c10 = n, n, n, n, n, n, n, n, n, n
  if n == 0 then return 0 end
  return 1 + f(n - 1) + a1 + b1 + c1
end
print("start")
print(f(45000))

local function f(n, acc)
  local a1, a2, a3, a4, a5, a6, a7, a8, a9, a10 = n, n, n, n, n, n, n, n, n, n
  local b1, b2, b3, b4, b5, b6, b7, b8, b9, b10 = n, n, n, n, n, n, n, n, n, n
  if n == 0 then return acc end
  return f(n - 1, acc + (a1 - b10) + 1)
end
print(f(1000000, 0))
local function g(n) if n == 0 then return tostring(n) end return g(n - 1) end
print(g(500000))
local even, odd
function even(n) if n == 0 then return "even" end return odd(n - 1) end
function odd(n) if n == 0 then return "odd" end return even(n - 1) end
print(even(777777))

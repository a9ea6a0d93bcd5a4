-- Cold start: a small program that defines functions and calls each a few times, so
-- nothing gets hot. It uses only integers and strings so that LuaJIT prints the same.
local function square(x) return x * x end
local function cube(x) return x * x * x end
local function add(a, b) return a + b end
local function max(a, b) if a > b then return a end return b end
local function min(a, b) if a < b then return a end return b end
local function abs(x) if x < 0 then return -x end return x end
local function clamp(x, lo, hi) return max(lo, min(x, hi)) end
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
local function gcd(a, b)
  while b ~= 0 do
    a, b = b, a % b
  end
  return a
end
local function sum_to(n)
  local s = 0
  for i = 1, n do s = s + i end
  return s
end
local function is_prime(n)
  if n < 2 then return false end
  local d = 2
  while d * d <= n do
    if n % d == 0 then return false end
    d = d + 1
  end
  return true
end
local function greet(name) return "hello, " .. name end
local function repeat_str(s, n)
  local r = ""
  for _ = 1, n do r = r .. s end
  return r
end
local function make_counter()
  local count = 0
  return function()
    count = count + 1
    return count
  end
end

local counter = make_counter()
for i = 1, 3 do
  print(square(i), cube(i), add(i, 10), abs(-i), clamp(i * 7, 5, 15))
  print(fact(i + 4), gcd(i * 12, 18), sum_to(i * 10), is_prime(i * 10 + 1))
  print(greet("run " .. i), repeat_str("ab", i), counter())
end

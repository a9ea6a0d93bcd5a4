-- memoization tables
local calls = 0
local memo = {}
local function fib(n)
  if n < 2 then return n end
  local v = memo[n]
  if v then return v end
  calls = calls + 1
  v = fib(n - 1) + fib(n - 2)
  memo[n] = v
  return v
end
print(fib(10), calls)
print(fib(80), calls)
print(fib(80), calls)
print(#memo)
local function memoize(f)
  local cache = {}
  local misses = 0
  return function(x)
    local r = cache[x]
    if r == nil then misses = misses + 1; r = f(x); cache[x] = r end
    return r
  end, function() return misses end
end
local sq, miss = memoize(function(x) return x * x end)
print(sq(3), sq(4), sq(3), sq(3.0), miss())
print(sq(-2), sq(-2), miss())
local binom = {}
local function C(n, k)
  if k == 0 or k == n then return 1 end
  binom[n] = binom[n] or {}
  local r = binom[n][k]
  if r then return r end
  r = C(n - 1, k - 1) + C(n - 1, k)
  binom[n][k] = r
  return r
end
print(C(10, 5), C(30, 15), C(60, 30))

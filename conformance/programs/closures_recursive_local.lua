-- recursive local functions and closures referencing themselves
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10))
local fib
fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(15))
local function make_rec()
  local function rec(n) if n == 0 then return "done" end return rec(n - 1) end
  return rec
end
print(make_rec()(50))
local memo_calls = 0
local function make_collatz()
  local steps
  steps = function(n)
    memo_calls = memo_calls + 1
    if n == 1 then return 0 end
    if n % 2 == 0 then return 1 + steps(n // 2) end
    return 1 + steps(3 * n + 1)
  end
  return steps
end
local c = make_collatz()
print("collatz 27", c(27), "calls", memo_calls)
local is_even, is_odd
function is_even_g(n) return n == 0 or is_odd(n - 1) end
is_odd = function(n) return n ~= 0 and is_even_g(n - 1) end
print(is_even_g(10), is_odd(10), is_odd(3))
local g = function(n) return n end
local g = function(n) if n == 0 then return "new" end return g(n - 1) end
print("shadow", g(5))

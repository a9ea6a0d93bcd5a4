-- recursive functions hot on integers then called with floats and strings
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print("fib 20", fib(20))
print("fib float", fib(15.0), fib(10.5))
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
local s = 0
for i = 1, 3000 do s = s + fact(i % 15) end
print("facts", s)
print("fact 25 wraps", fact(25))
print("fact 25.0 float", fact(25.0))
print("fact 170.0", fact(170.0), "171.0", fact(171.0))
local function sumdown(n, acc)
  if n == 0 then return acc end
  return sumdown(n - 1, acc + n)
end
print("sumdown", sumdown(5000, 0), sumdown(5000, 0.5), sumdown(100, "1"))
local function gcd(a, b) if b == 0 then return a end return gcd(b, a % b) end
local g = 0
for i = 1, 4000 do g = g + gcd(i, 360) end
print("gcd", g, gcd(12.0, 18), gcd(2^40, 6.0))
print("gcd string", gcd("12", 18))
print("fib str", fib("12"))

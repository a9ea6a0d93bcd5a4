-- recursion: fib, ackermann, factorial, mutual recursion through globals
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
print("fib(20)", fib(20))
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print("ack(2,3)", ack(2, 3))
print("ack(3,3)", ack(3, 3))
local function fact(n)
  if n <= 1 then return 1 end
  return n * fact(n - 1)
end
print("fact(20)", fact(20))
print("fact(21) wraps", fact(21))
function is_even(n)
  if n == 0 then return true end
  return is_odd(n - 1)
end
function is_odd(n)
  if n == 0 then return false end
  return is_even(n - 1)
end
print("is_even(10)", is_even(10), "is_odd(7)", is_odd(7), "is_even(7)", is_even(7))
local function gcd(a, b)
  if b == 0 then return a end
  return gcd(b, a % b)
end
print("gcd", gcd(1071, 462), gcd(17, 5))
local function hanoi(n, from, to, via)
  if n == 0 then return 0 end
  return hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from)
end
print("hanoi(10)", hanoi(10, "a", "c", "b"))

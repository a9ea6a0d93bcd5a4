-- memoization with an __index function that stores via rawset and counts calls
local calls = 0
local fib
fib = setmetatable({[0] = 0, [1] = 1}, {__index = function(t, n)
  calls = calls + 1
  local v = t[n - 1] + t[n - 2]
  rawset(t, n, v)
  return v
end})
print(fib[10], calls)
print(fib[10], calls)
print(fib[80], calls)
print(fib[30], calls)
local squares_calls = 0
local squares = setmetatable({}, {__index = function(t, k)
  squares_calls = squares_calls + 1
  local v = k * k
  t[k] = v
  return v
end})
local sum = 0
for i = 1, 100 do sum = sum + squares[i % 10] end
print(sum, squares_calls, #squares)
print(rawlen(fib), fib[2], fib[3])

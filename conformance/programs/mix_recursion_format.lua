-- recursion + closures + string.format, ending with an error from a deep frame
local function memo_fib()
  local calls = 0
  local function go(n, a, b)
    calls = calls + 1
    if n == 0 then return a end
    return go(n - 1, b, a + b)
  end
  local function fib(n) return go(n, 0, 1) end
  return fib
end
local fib = memo_fib()
for i = 0, 90, 10 do
  print(string.format("fib(%2d) = %20d  hex %16x  %e", i, fib(i), fib(i), fib(i)))
end
local function hanoi(n, from, to, via, emit)
  if n == 0 then return 0 end
  local a = hanoi(n - 1, from, via, to, emit)
  emit(n, from, to)
  return a + 1 + hanoi(n - 1, via, to, from, emit)
end
local log, moves = "", 0
local function emit(n, f, t) moves = moves + 1 if moves <= 8 then log = log .. string.format("[%d:%s>%s]", n, f, t) end end
print("hanoi", hanoi(12, "A", "C", "B", emit), moves, log)
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(string.format("ack(2,3)=%d ack(2,200)=%d ack(3,3)=%d", ack(2, 3), ack(2, 200), ack(3, 3)))
local function digits(n, acc)
  if n < 10 then return acc .. string.format("%q", n) end
  return digits(n // 10, acc .. (n % 10) .. ",")
end
print(digits(9876543210, ""))
print(string.format("%5.2f|%-8s|%08.3f|%+d|%x|%X|%o|%g|%g", math.pi, "ab", -3.14159, 5, 255, 255, 8, 1e20, 0.0001))
print(string.format("%q", "tab\tnewline\nquote\"zero\0end"))
print(string.format("%q|%q|%q", 1/3, math.mininteger, 1e100))
local function descend(n)
  if n == 0 then error("bottom reached at depth " .. string.format("%03d", 500)) end
  return descend(n - 1) + 1
end
print("descending")
descend(500)

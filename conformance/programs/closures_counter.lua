-- counters and generators built from closures
local function counter()
  local n = 0
  return function()
    n = n + 1
    return n
  end
end
local c1 = counter()
local c2 = counter()
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())
local function range_gen(from, to, step)
  local cur = from - step
  return function()
    cur = cur + step
    if cur > to then return nil end
    return cur
  end
end
local g = range_gen(1, 10, 3)
local v = g()
while v do io.write(v, " ") v = g() end
print()
local function fib_gen()
  local a, b = 0, 1
  return function()
    local r = a
    a, b = b, a + b
    return r
  end
end
local fg = fib_gen()
for i = 1, 10 do io.write(fg(), " ") end
print()
local function accumulator(start)
  return function(x)
    start = start + x
    return start
  end
end
local acc = accumulator(100)
print(acc(10), acc(-50), acc(0.5))

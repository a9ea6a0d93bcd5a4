-- loop var modification inside body (allowed for numeric for: it's a copy)
local f1, f2
for i = 1, 3 do
  local g = function() return i end
  i = i * 10
  if i == 20 then f1 = g end
  f2 = function() i = i + 1 return i end
end
print(f1(), f2(), f2())
-- closures sharing a while-loop body local; each iteration fresh
local acc = ""
local fs_a, fs_b, fs_c
local n = 0
while n < 3 do
  n = n + 1
  local v = n
  local getv = function() return v end
  if n == 1 then fs_a = getv elseif n == 2 then fs_b = getv else fs_c = getv end
  v = v * 100
end
print(fs_a(), fs_b(), fs_c())
-- upvalue closed on break out of nested blocks
local keep
for i = 1, 10 do
  do
    local x = i
    while true do
      local y = x + 1
      keep = function() x = x + y; return x end
      if y > 0 then break end
    end
    if i == 2 then break end
  end
end
print(keep(), keep())
-- repeat-until with closure capture in until
local fns_r = 0
local last
local i = 0
repeat
  i = i + 1
  local captured = i
  last = function() return captured end
until (function() return captured >= 3 end)()
print(i, last())
-- closure captures param and is returned through several levels
local function adder(a)
  return function(b)
    return function(c)
      return function(d) a = a + 1 return a + b + c + d end
    end
  end
end
local q = adder(1)(2)(3)
print(q(4), q(4), adder(10)(20)(30)(40))
-- counter generator with independent state
local function gen()
  local c = 0
  return function() c = c + 1 return c end
end
local g1, g2 = gen(), gen()
print(g1(), g1(), g2(), g1(), g2())
-- recursive closure through upvalue assigned later
local fib
local memo_hits = 0
fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20))
local oldfib = fib
fib = function(n) memo_hits = memo_hits + 1 return 0 end
print(oldfib(5), memo_hits)
-- same upvalue captured by two closures at different depths
local function outer()
  local shared = 0
  local function inc() shared = shared + 1 end
  local function deep()
    return function() inc(); return function() return shared end end
  end
  return deep
end
local d = outer()
local r1 = d()()
local r2 = d()()
print(r1(), r2())
-- closures in float loop
local fa, fb
for x = 1.0, 2.0, 0.25 do
  if x == 1.25 then fa = function() return x end end
  if x == 2.0 then fb = function() return x * 2 end end
end
print(fa(), fb())
-- loop var of integer loop near maxinteger captured
local fm
for i = math.maxinteger - 1, math.maxinteger do fm = function() return i end end
print(fm())

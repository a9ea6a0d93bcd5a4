-- upvalues of upvalues
local function a()
  local x = 1
  return function()
    local y = 10
    return function()
      local z = 100
      return function()
        x = x + 1; y = y + 1; z = z + 1
        return x + y + z
      end
    end
  end
end
local f = a()()()
print(f(), f(), f())
-- closures in loops with break
local fs1, fs2, fs3
for i = 1, 10 do
  local j = i * 2
  if i == 1 then fs1 = function() return i * 1000 + j end end
  if i == 2 then fs2 = function() j = j + 1; return i * 1000 + j end end
  if i == 3 then fs3 = function() return i + j end; break end
end
print(fs1()); print(fs2()); print(fs2()); print(fs3())
-- float loops captured
local g1, g2
for x = 0.5, 2, 0.5 do
  if x == 1.0 then g1 = function() return x end end
  if x == 2.0 then g2 = function() x = x + 0.25 return x end end
end
print(g1(), g2(), g2(), math.type(g1()))
-- repeat local used in until and captured
local cap
local n = 0
repeat
  local k = n * 3
  n = n + 1
  cap = function() k = k + 1; return k end
until cap() > 7
print(n, cap(), cap())
-- recursive local function from nested closure
local function fact(n)
  local function helper()
    if n <= 1 then return 1 end
    return n * fact(n - 1)
  end
  return helper()
end
print(fact(10), fact(20), fact(21))
-- shared state
local function mk()
  local c = 0
  local function inc() c = c + 1 return c end
  local function get() return c end
  local function reset() local old = c; c = 0; return old end
  return function(w) if w == 1 then return inc elseif w == 2 then return get else return reset end end
end
local m = mk(); local inc, get, reset = m(1), m(2), m(3)
inc(); inc()
print(get(), reset(), get(), inc())
-- shadowed locals
local v = 1
local h1 = function() return v end
local v = 2
local h2 = function() return v end
do local v = 3; h3 = function() v = v * 10 return v end end
print(h1(), h2(), h3(), h3(), v)

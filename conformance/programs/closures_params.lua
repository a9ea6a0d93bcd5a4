-- closures capturing parameters
local function adder(n) return function(x) return x + n end end
local add5 = adder(5)
local add10 = adder(10)
print(add5(1), add10(1), add5(add10(0)))
local function mutate_param(p)
  local function bump() p = p * 2 end
  bump() bump()
  return p
end
print("mutate", mutate_param(3))
local function prefixer(pre, sep)
  return function(s) return pre .. sep .. s end
end
local p = prefixer("key", "=")
print(p("value"), p("other"))
local function bind2(f, a, b) return function() return f(a, b) end end
print(bind2(math.max, 3, 8)(), bind2(string.rep, "ab", 3)())
local function curry(a) return function(b) return function(c) return a * 100 + b * 10 + c end end end
print("curry", curry(1)(2)(3))

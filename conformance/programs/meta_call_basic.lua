-- __call on tables: arguments, multiple results, self passed first
local adder = setmetatable({base = 100}, {__call = function(self, a, b)
  return self.base + a + (b or 0)
end})
print(adder(1), adder(1, 2))
local multi = setmetatable({}, {__call = function(self, ...)
  return select("#", ...), ...
end})
print(multi())
print(multi(1, nil, 3))
print((multi(7, 8)))
local t = {multi(4, 5)}
print(#t, t[1], t[2], t[3])
local function pass(...) return ... end
print(pass(multi("a")))
-- nested in expressions
local sq = setmetatable({}, {__call = function(_, x) return x * x end})
print(sq(3) + sq(4), sq(sq(2)), "v" .. sq(5), sq(2) == 4)
local conf = {f = sq}
print(conf.f(9), conf["f"](1.5))
-- callable as an argument to another function
local function apply(fn, ...) return fn(...) end
print(apply(sq, 12), apply(adder, 5, 5))
local vals = {3, 1, 2}
local gt = setmetatable({}, {__call = function(_, a, b) return a > b end})
table.sort(vals, function(a, b) return gt(a, b) end)
print(table.concat(vals, " "))

-- __call chains: callables returning callables, currying, and a __call that is itself a callable table
local function counter()
  local n = 0
  return setmetatable({}, {__call = function(self, inc)
    n = n + (inc or 1)
    return self, n
  end})
end
local c = counter()
local _, v = c()
print(v)
local obj, v2 = c(5)
print(obj == c, v2)
print(select(2, c(10)), select(2, (c(1))(1)))
-- callable stored in a table field and called as method
local tools = {name = "tools"}
tools.run = setmetatable({}, {__call = function(self, owner, x) return owner.name .. ":" .. x end})
print(tools:run(7), tools.run(tools, 8))
-- curried callables
local function curry(f, a)
  return setmetatable({}, {__call = function(_, b) return f(a, b) end})
end
local add5 = curry(function(a, b) return a + b end, 5)
local mul = curry(function(a, b) return a * b end, 3)
print(add5(mul(4)), mul(add5(1)), type(curry(add5, 0)))
-- the __call field holding a callable table: Lua 5.4 follows it, shifting arguments
local inner = setmetatable({}, {__call = function(self, ...) return select("#", ...), ... end})
local outer = setmetatable({}, {__call = inner})
local n, first, a, b = outer(1, 2)
print(n, first == outer, a, b)

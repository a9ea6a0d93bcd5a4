-- 5000 closures created in loops: counters with private state, a closure chain, and a table-free registry via upvalues
local head = function(x) return x end
for i = 1, 5000 do
  local prev, k = head, i % 7
  head = function(x) if x > 1000000 then return x end return prev(x + k) end
end
print("chain", head(0), head(0.5))
local get_all = function() return 0 end
local bump_all = function() end
for i = 1, 300 do
  local count = i
  local g, b = get_all, bump_all
  get_all = function() return g() + count end
  bump_all = function() b() count = count * 2 % 1009 end
end
print("registry", get_all())
for r = 1, 20 do bump_all() end
print("bumped", get_all())
local total = 0
for i = 1, 3000 do
  local f = function(a) return a * i end
  local g = function(a) return f(a) + f(a + 1) end
  total = total + g(i % 10)
end
print("nested", total)
local makers = function(n) local c = n return function() c = c + 1 return c end end
local a, b = makers(0), makers(100)
for i = 1, 4000 do a() if i % 2 == 0 then b() end end
print("counters", a(), b())

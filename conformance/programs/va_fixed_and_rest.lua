-- fixed parameters followed by ...
local function f(a, b, ...)
  return a, b, select("#", ...), ...
end
print(f())
print(f(1))
print(f(1, 2))
print(f(1, 2, 3))
print(f(1, 2, 3, 4, 5))
local function sum(first, ...)
  if first == nil then return 0 end
  return first + sum(...)
end
print(sum(), sum(1), sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
local function concat(sep, ...)
  local t = {...}
  return table.concat(t, sep)
end
print(concat(", ", "a", "b", "c"))
print(concat("", 1, 2, 3))
print("[" .. concat("x") .. "]")
local function tail(_, ...) return ... end
print(tail(1, 2, 3))
print(select("#", tail(1)))

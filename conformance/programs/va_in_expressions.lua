-- ... inside expressions yields its first value
local function f(...)
  local x = ... 
  local y = (...)
  return x, y, ... == nil
end
print(f())
print(f(1, 2))
local function g(...) return (...) + 1 end
print(g(10, 20))
local function h(...) return ... and "truthy" or "falsy" end
print(h(1), h(false), h(nil, 1), h())
local function k(...) return {..., n = select("#", ...)}, ... end
local t, first = k(7, 8, 9)
print(t.n, #t, first)
local function s(...) return string.format(string.rep("%s ", select("#", ...)), ...) end
print(s(1, 2, 3))
print(s("a"))
local function concat(...) return ... .. "!" end
print(concat("x", "y"))

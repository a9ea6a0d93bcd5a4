-- __bnot receives the operand twice (both arguments are printed)
local mt = {}
mt.__bnot = function(a, b, c)
  print("bnot args", a.v, b and b.v, rawequal(a, b), c)
  return a.v * 10
end
local t = setmetatable({v = 3}, mt)
print(~t)
print(~t + 1)
local cnt = setmetatable({}, {__bnot = function(...) return select("#", ...) end})
print("nargs", ~cnt)
local m2 = setmetatable({v = 7}, {__bnot = function(a) return setmetatable({v = ~a.v}, getmetatable(a)) end})
local r = ~m2
print(r.v, (~r).v)
print(~0, ~5, ~-1, ~3.0)

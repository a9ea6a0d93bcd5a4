-- the libraries are ordinary tables in _G
print(type(math), type(string), type(table), type(_G.print))
print(_G.math == math, math.floor == _G["math"].floor)
local names = {}
for k, v in pairs(math) do if type(v) == "number" then names[#names + 1] = k end end
table.sort(names)
print(table.concat(names, " "))
local m = math
print(m.max(3, 9), m.pi > 3)
math.double = function(x) return 2 * x end
print(math.double(21))
local oldfloor = math.floor
math.floor = function(x) return "floored " .. oldfloor(x) end
print(math.floor(3.7))
math.floor = oldfloor
print(math.floor(3.7))
table.count = function(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
print(table.count({1, 2, x = 3}))

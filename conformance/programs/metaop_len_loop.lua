-- # on a table with __len controls for loops and table functions in hot code
local Arr = {}
Arr.__index = Arr
Arr.__len = function(self) return self.n end
local function new(n)
  local t = setmetatable({n = n}, Arr)
  for i = 1, n do rawset(t, i, i * i) end
  return t
end
local a = new(5)
local s = 0
for i = 1, #a do s = s + a[i] end
print("sum", s)
a.n = 3
local s2 = 0
for i = 1, #a do s2 = s2 + a[i] end
print("sum3", s2, rawlen(a))
local total = 0
for k = 1, 30000 do
  local b = new(k % 7)
  for i = 1, #b do total = total + b[i] end
end
print("total", total)
local half = setmetatable({1, 2, 3, 4}, {__len = function() return 2.0 end})
for i = 1, #half do print("half", i, half[i]) end

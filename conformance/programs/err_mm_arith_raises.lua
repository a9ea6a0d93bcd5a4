-- errors raised inside __add, __sub, __unm and __len are caught by pcall
local V = {}
V.__add = function(a, b)
  if type(b) ~= "table" then error("cannot add " .. type(b)) end
  return setmetatable({x = a.x + b.x}, V)
end
V.__sub = function(a, b) error({op = "sub"}) end
V.__unm = function(a) error("negation refused", 0) end
V.__len = function(a) error(a.x) end
local function new(x) return setmetatable({x = x}, V) end
local a, b = new(1), new(2)
print(pcall(function() return (a + b).x end))
print(pcall(function() return a + 1 end))
local ok, e = pcall(function() return a - b end)
print(ok, type(e), e.op)
print(pcall(function() return -a end))
print(pcall(function() return #b end))
local sum = 0
for i = 1, 30 do
  local ok2, r = pcall(function() return a + (i % 3 == 0 and i or new(i)) end)
  if ok2 then sum = sum + r.x else sum = sum - 1 end
end
print("sum", sum)

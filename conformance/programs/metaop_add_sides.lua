-- __add with the table on the left, on the right, and on both sides (argument order preserved)
local mt = {}
local function show(v)
  if type(v) == "table" then return "T" .. v.id end
  return tostring(v)
end
mt.__add = function(a, b)
  print("__add", show(a), show(b))
  return 100
end
local t1 = setmetatable({id = 1}, mt)
local t2 = setmetatable({id = 2}, mt)
print(t1 + 5)
print(5 + t1)
print(t1 + t2)
print(t2 + t1)
print(t1 + 2.5)
print(-3 + t2)
print(t1 + t1)
local r = 1 + t1 + 2
print("chain", r)
local x = 7
print(x + t2, t2 + x)

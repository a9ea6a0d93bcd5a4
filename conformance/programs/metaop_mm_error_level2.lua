-- error(msg, 2) inside __lt points at the comparison in the caller
local mt = {}
mt.__lt = function(a, b)
  if a.v == b.v then
    error("ambiguous compare", 2)
  end
  return a.v < b.v
end
local x = setmetatable({v = 1}, mt)
local y = setmetatable({v = 2}, mt)
print(x < y, y < x, x > y)
local z = setmetatable({v = 2}, mt)
local function check(p, q)
  return p < q
end
print(check(x, z))
print(check(y, z))

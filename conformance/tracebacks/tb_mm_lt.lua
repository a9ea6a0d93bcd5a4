-- error inside __lt
local mt = {}
mt.__lt = function(a, b)
  if a.rank == nil or b.rank == nil then error("unranked item") end
  return a.rank < b.rank
end
local function item(r) return setmetatable({rank = r}, mt) end
local function less(a, b) return a < b end
print(less(item(1), item(2)))
local function cmp() return less(item(3), item(nil)) end
cmp()

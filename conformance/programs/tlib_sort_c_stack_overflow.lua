-- A comparator that sorts again inside itself nests builtin calls into Lua until Lua's limit
-- of C calls: "C stack overflow", an ordinary error with no position.
local depth = 0
local function cmp(a, b)
  depth = depth + 1
  if depth % 50 == 0 then io.write(depth, " ") end
  table.sort({3, 2, 1}, cmp)
  return a < b
end
print("start")
table.sort({2, 1}, cmp)

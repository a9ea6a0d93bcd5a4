-- a callable table is not a function for table.sort's comparator argument
local gt = setmetatable({}, {__call = function(_, a, b) return a > b end})
print(gt(2, 1), gt(1, 2), type(gt))
local vals = {3, 1, 2}
table.sort(vals, function(a, b) return gt(a, b) end)
print(table.concat(vals, " "))
table.sort(vals, gt)
print("unreachable")

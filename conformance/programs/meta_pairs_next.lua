-- __pairs returning next over another table (or the table itself)
local backing = {x = 1, y = 2, z = 3}
local view = setmetatable({ignored = true}, {__pairs = function(t) return next, backing, nil end})
local ks = {}
for k, v in pairs(view) do ks[#ks + 1] = k .. v end
table.sort(ks)
print(table.concat(ks, ","))
local f, s, c = pairs(view)
print(f == next, s == backing, c)
local self_mt = {__pairs = function(t) return next, t, nil end}
local arr = setmetatable({10, 20, 30}, self_mt)
local sum = 0
for k, v in pairs(arr) do sum = sum + k * v end
print(sum)
local empty = setmetatable({a = 1}, {__pairs = function(t) return next, {}, nil end})
local n = 0
for _ in pairs(empty) do n = n + 1 end
print("empty view", n)
local start = setmetatable({}, {__pairs = function(t) return next, {5, 6, 7}, 1 end})
for k, v in pairs(start) do print(k, v) end

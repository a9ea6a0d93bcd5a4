-- __newindex as a table: assignments forwarded along chains of tables
local store = {}
local mid = setmetatable({}, {__newindex = store})
local front = setmetatable({}, {__newindex = mid})
front.x = 1
front[5] = "five"
print(rawget(front, "x"), rawget(mid, "x"), store.x, store[5])
-- a table in the chain that already has the key stops the chain
rawset(mid, "y", "mid-y")
front.y = "new-y"
print(rawget(front, "y"), mid.y, store.y)
-- __newindex table that itself has an __newindex function
local seen = {}
local sink = setmetatable({}, {__newindex = function(t, k, v) seen[#seen + 1] = k .. ":" .. v; rawset(t, k, v * 10) end})
local p = setmetatable({}, {__newindex = sink, __index = sink})
p.a = 1; p.b = 2; p.a = 3
print(table.concat(seen, ","), p.a, p.b, rawget(p, "a"))
-- combined __index/__newindex pointing at same backing table
local backing = {}
local view = setmetatable({}, {__index = backing, __newindex = backing})
for i = 1, 4 do view[i] = i * i end
print(view[3], #backing, rawlen(view), next(view))

-- ipairs and table.* functions honour __index/__newindex; # and next are raw
local backing = {"a", "b", "c", "d"}
local ro = setmetatable({}, {__index = backing})
local n = 0
for i, v in ipairs(ro) do n = n + 1 end
print(n, #ro, next(ro))
print(table.concat(ro, "-", 1, 4), table.unpack(ro, 2, 3))
-- ipairs stops at the first nil seen through __index
local gappy = setmetatable({[1] = "one"}, {__index = function(_, k) if k == 2 then return "two" end end})
for i, v in ipairs(gappy) do print(i, v) end
-- table.insert writes through __newindex (on absent keys)
local writes = {}
local t = setmetatable({}, {__newindex = function(tt, k, v) writes[#writes + 1] = k; rawset(tt, k, v) end})
table.insert(t, "x")
table.insert(t, "y")
table.insert(t, 1, "w")
print(table.concat(t, ","), table.concat(writes, ","))
-- table.remove on a plain table whose metatable only has __index
local r = setmetatable({1, 2, 3}, {__index = function() return "dflt" end})
print(table.remove(r), table.remove(r, 1), r[1], r[2], #r)
-- table.sort on a table with __index (elements are raw)
local s = setmetatable({5, 3, 9, 1}, {__index = {extra = true}})
table.sort(s)
print(table.concat(s, " "), s.extra)

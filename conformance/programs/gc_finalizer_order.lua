-- finalizers run once, newest first, when one collection finds their objects unreachable
-- (the collector is stopped meanwhile, so no automatic collection finds them one by one)
collectgarbage("stop")
local log = {}
local mt = { __gc = function(o) log[#log + 1] = o.name end }
for i = 1, 5 do setmetatable({ name = "o" .. i }, mt) end
local kept = setmetatable({ name = "kept" }, mt)
collectgarbage()
print(table.concat(log, " "))
collectgarbage()
print(#log)
kept = nil
collectgarbage()
print(table.concat(log, " "))
collectgarbage("restart")

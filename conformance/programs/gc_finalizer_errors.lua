-- an error in a finalizer is not the program's error (lua prints a warning only when warnings are on)
local mt = { __gc = function(o) error("boom in " .. o.name) end }
setmetatable({ name = "x" }, mt)
setmetatable({}, { __gc = function() print("the next finalizer still runs") end })
collectgarbage()
print("program goes on")
local bad = setmetatable({}, { __gc = 42 })
bad = nil
collectgarbage()
print("a __gc that cannot be called is skipped too")

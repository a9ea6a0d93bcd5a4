-- objects still alive when the program ends are finalized then, newest first
local mt = { __gc = function(o) print("closing", o.name) end }
a = setmetatable({ name = "first" }, mt)
local b = setmetatable({ name = "second" }, mt)
local c = setmetatable({ name = "third" }, mt)
print("end of main chunk")

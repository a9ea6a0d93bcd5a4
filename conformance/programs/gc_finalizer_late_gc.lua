-- __gc must be in the metatable when setmetatable runs; added later, it is never called
local mt = {}
setmetatable({ "late" }, mt)
mt.__gc = function() print("never") end
collectgarbage()
local mt2 = { __gc = true }
setmetatable({}, mt2)
mt2.__gc = function() print("called with the field at collection time") end
collectgarbage()
local mt3 = { __gc = function() print("not called: field removed") end }
setmetatable({}, mt3)
mt3.__gc = nil
collectgarbage()
print("done")

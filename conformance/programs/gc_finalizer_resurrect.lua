-- a finalizer can resurrect its object; it is not finalized twice unless registered again
saved = nil
local count = 0
local mt = {}
mt.__gc = function(o) count = count + 1 saved = o end
setmetatable({ v = "phoenix" }, mt)
collectgarbage()
print(count, saved and saved.v)
saved = nil
collectgarbage()
print(count)
setmetatable({ v = "again" }, mt)
collectgarbage()
print(count, saved.v)
local again = saved
saved = nil
setmetatable(again, mt)
again = nil
collectgarbage()
print(count, saved.v)

-- __index inheritance does not affect pairs; a parent's __pairs is not inherited
local Base = {greet = "hi", shared = 1}
local child = setmetatable({own = 2}, {__index = Base})
local ks = {}
for k, v in pairs(child) do ks[#ks + 1] = k .. "=" .. tostring(v) end
table.sort(ks)
print(table.concat(ks, " "), child.greet)
local Parent = setmetatable({p = 1}, {__pairs = function() return function() return nil end, nil, nil end})
local Kid = setmetatable({k = 2}, {__index = Parent})
local n = 0
for k, v in pairs(Parent) do n = n + 1 end
print("parent entries", n)
for k, v in pairs(Kid) do print("kid", k, v) end
local mt = {__index = function(t, k) return k .. "!" end}
local dyn = setmetatable({real = 1}, mt)
for k, v in pairs(dyn) do print(k, v) end
print(dyn.virtual)
local Class = {}
Class.__index = Class
Class.__pairs = function(t) return next, {method = "pairs"}, nil end
function Class.new() return setmetatable({field = 1}, Class) end
for k, v in pairs(Class.new()) do print(k, v) end
local Sub = setmetatable({}, {__index = Class})
Sub.__index = Sub
local s = setmetatable({sub = 3}, Sub)
for k, v in pairs(s) do print(k, v) end

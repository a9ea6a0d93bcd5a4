-- __index functions and operators together: operator lookup never consults __index
local log = {}
local mt = {}
mt.__index = function(t, k)
  log[#log + 1] = tostring(k)
  return function(a, b) return "from index" end
end
mt.__sub = function(a, b) return "real sub" end
local t = setmetatable({}, mt)
print(t - 1)
print(t.foo ~= nil, #log)
print(t:bar())
print(table.concat(log, ","))
local proxy = setmetatable({}, {__index = {__add = function() return "never" end}})
print(proxy.__add ~= nil, getmetatable(proxy).__add)
local mt2 = setmetatable({}, {__index = function(_, k) return function() return "via meta index " .. k end end})
local u = setmetatable({}, mt2)
print(rawget(mt2, "__add"), u.__anything == nil)
print("before")
print(u + 1)

-- __index functions that themselves index other tables with metatables
local defaults = setmetatable({color = "red"}, {__index = function(_, k) return "default:" .. k end})
local theme = setmetatable({size = 12}, {__index = defaults})
local trace = {}
local widget = setmetatable({}, {__index = function(t, k)
  trace[#trace + 1] = k
  local v = theme[k]
  if type(v) == "string" then return v:upper() end
  return v
end})
print(widget.size, widget.color, widget.font)
print(table.concat(trace, ","))
-- __index function reading from a table whose __index is another function
local layer1 = setmetatable({}, {__index = function(_, k) return k .. "@1" end})
local layer2 = setmetatable({}, {__index = function(_, k) return layer1[k] .. "@2" end})
local layer3 = setmetatable({}, {__index = function(_, k) return layer2[k] .. "@3" end})
print(layer3.key, layer3[1])
-- __index function delegating to a proxy with __newindex storage
local storage = {}
local proxy = setmetatable({}, {__index = storage, __newindex = function(_, k, v) storage[k] = v * 100 end})
local reader = setmetatable({}, {__index = function(_, k) return proxy[k] end})
proxy.a = 1
proxy.b = 2
print(reader.a, reader.b, reader.c, rawget(proxy, "a"))
-- __index function calling a method on another object
local Helper = {}; Helper.__index = Helper
function Helper:lookup(k) return self.prefix .. k end
local h = setmetatable({prefix = "h_"}, Helper)
local dyn = setmetatable({}, {__index = function(_, k) return h:lookup(k) end})
print(dyn.foo, dyn[42])

-- calling a table whose metatable lacks __call is an uncaught error
local withcall = setmetatable({}, {__call = function() return "called" end})
print(withcall())
local mt = {__index = {f = function() return "f" end}}
local obj = setmetatable({}, mt)
print(obj.f(), type(obj))
mt.__call = function(self, x) return "late __call " .. x end
print(obj(1))
mt.__call = nil
print("removed __call")
obj(2)

-- logging proxy: __newindex records assignments and stores with rawset
local log = {}
local obj = setmetatable({}, {__newindex = function(t, k, v)
  log[#log + 1] = tostring(k) .. "=" .. tostring(v)
  rawset(t, k, v)
end})
obj.a = 1
obj.b = "two"
obj.a = 11 -- existing key: no log entry
obj[1] = true
obj[2.0] = 2.5
obj[1] = false -- existing key
print(table.concat(log, " "))
print(obj.a, obj.b, obj[1], obj[2], #obj)
obj.a = nil
obj.a = 111 -- removed key goes through __newindex again
obj.b = nil
print(table.concat(log, " "))
print(obj.a, obj.b)
local n = 0
local counting = setmetatable({}, {__newindex = function(t, k, v) n = n + 1 end})
for i = 1, 5 do counting[i] = i end
print(n, rawlen(counting), counting[1])

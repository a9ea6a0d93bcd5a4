-- arithmetic on a table field without __add names the field
local obj = {count = 1, data = {}}
obj.count = obj.count + 1
print(obj.count)
local m = setmetatable({}, {__add = function(a, b) return 5 end})
obj.data2 = m
print(obj.data2 + 1)
local sum = 0
for i = 1, 10 do sum = sum + (obj.data2 + i) end
print(sum)
print("before")
print(obj.data + 1)

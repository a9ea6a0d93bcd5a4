-- raw functions bypass __eq, __len and __index; tostring does not call __concat
local mt = {__eq = function() return true end, __len = function() return 99 end,
            __index = function(_, k) return "idx:" .. tostring(k) end,
            __concat = function() return "cat" end}
local a = setmetatable({1, 2, 3}, mt)
local b = setmetatable({4, 5}, mt)
print(a == b, rawequal(a, b), rawequal(a, a))
print(#a, rawlen(a), #b, rawlen(b))
print(a[10], rawget(a, 10), a[1])
print(a .. b, a .. "x", "x" .. b)
print(rawlen("hello"), rawequal("a", "a"), rawequal(1, 1.0))
local n = 0
for i = 1, #a do n = n + 1 end
print(n)
local list = {}
for i = 1, rawlen(a) do list[#list + 1] = tostring(a[i]) end
print(table.concat(list, ","))

-- # on a boolean raises a length error naming the local
local t = setmetatable({}, {__len = function() return 9 end})
print(#t, #"abcd", #{1, 2, 3})
local s = "x"
print(#s)
local b = true
print(#setmetatable({1, 2}, {}), rawlen(t))
local arr = {1, 2, 3}
for i = 1, #t do arr[#arr + 1] = i end
print(#arr)
print("before")
print(#b)

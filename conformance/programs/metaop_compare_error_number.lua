-- ordering a table against a number without __lt raises "attempt to compare table with number"
local x = setmetatable({}, {__add = function() return 1 end})
print(x + 1)
print(1 < 2, 2.5 <= 2, "a" < "b")
local n = 0
for i = 1, 10 do n = n + i end
print(n)
print(x == 5, 5 ~= x)
print("before")
print(x < 5)

-- ordering a number against a table (operand order in the message) without __le
local t = setmetatable({}, {__eq = function() return true end})
print(t == t, t == {}, 1 == t)
local limit = 3
print(limit <= 4, limit >= 3.0)
local other = setmetatable({}, {__le = function() return true end})
print(limit <= other, other >= limit)
print(t ~= other)
print("before")
if limit <= t then print("unreachable") end

-- numeric strings combined with tables reach the table's metamethod unconverted
local mt = {}
local function show(v) return type(v) == "table" and "T" or type(v) .. "(" .. tostring(v) .. ")" end
mt.__add = function(a, b) return "add " .. show(a) .. " " .. show(b) end
mt.__sub = function(a, b) return "sub " .. show(a) .. " " .. show(b) end
mt.__concat = function(a, b) return "cat " .. show(a) .. " " .. show(b) end
mt.__unm = function(a) return "unm " .. show(a) end
local t = setmetatable({}, mt)
print("10" + t)
print(t + "10")
print("abc" + t)
print(t - "0x10")
print("3.5" - t)
print(t .. 5)
print(5 .. t)
print(t .. "x")
print("10" + 5, "3" * "4", 10 .. 20)
print(-t)
print("2" ^ 3, -"2", "7" // 2, "7.0" % "2")

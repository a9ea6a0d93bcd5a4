-- xpcall with a non-function handler, uncaught, ends the program with a bad-argument error
local function work(n) return n * 2 end
print(xpcall(work, function(e) return e end, 21))
print(pcall(xpcall, work, 5))
print(pcall(xpcall, work, "h", 5))
local ok, e = xpcall(work, function(m) return "handled: " .. m end, "x")
print(ok, e)
local handler = 123
print("calling with a number handler")
xpcall(work, handler, 1)
print("unreachable")

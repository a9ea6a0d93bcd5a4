-- debug.traceback with non-string messages and no message
local t = {1, 2}
print(debug.traceback(t) == t)
print(debug.traceback(true))
print(debug.traceback(false))
local f = function() end
print(debug.traceback(f) == f)
print(debug.traceback(42))
print("--")
print(debug.traceback(1.5, 1))
print("--")
print(debug.traceback())
print("--")
print(debug.traceback(nil))
print("--")
print(debug.traceback(nil, 1))
print("--")
local function nomsg() return debug.traceback() end
print(nomsg())
print("--")
print(select("#", debug.traceback(t)), type(debug.traceback({})))

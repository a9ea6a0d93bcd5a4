-- assert with false/nil reports its message, or "assertion failed!" without one
print(pcall(assert, false))
print(pcall(assert, nil))
print(pcall(assert, false, "custom message"))
print(pcall(assert, nil, "with nil"))
print(pcall(assert, false, 42))
print(pcall(assert, false, nil))
local msg = {reason = "bad"}
local ok, e = pcall(assert, false, msg)
print(ok, e == msg, e.reason)
ok, e = pcall(function() assert(1 > 2, "math is broken") end)
print(ok, e)
ok, e = pcall(function() local x = nil; assert(x) end)
print(ok, e)
print(pcall(assert))
local fn = function() end
ok, e = pcall(assert, false, fn)
print(ok, e == fn)

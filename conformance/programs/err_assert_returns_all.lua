-- assert returns all its arguments when the first is true
print(assert(1, 2, 3))
print(select('#', assert(true, nil, nil)))
print(assert("v", nil, "w"))
print(assert(0))
print(assert(""))
local t = {}
print(assert(t) == t)
local function multi() return 1, 2, 3 end
print(assert(multi()))
print(select('#', assert(multi())))
local a, b = assert(10, "unused message")
print(a, b)
print(pcall(assert, true, "msg"))
print(pcall(assert, 1, {}, nil) == true)

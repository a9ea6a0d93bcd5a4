print("start")
local name
print("hello " .. "world")
print("hello " .. name)

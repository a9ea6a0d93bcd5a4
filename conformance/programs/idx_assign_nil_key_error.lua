-- assigning with a nil key
local t = {}
local k
t[1] = "ok"
print(t[1], t[k])
print(k)
k = "now a string"
t[k] = 1
print(t[k])
k = nil
print(t[1])
t[k] = "boom"
print("unreachable")

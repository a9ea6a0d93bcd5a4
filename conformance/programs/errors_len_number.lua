print("start")
local n = 123
print(#tostring(n))
print(#n)

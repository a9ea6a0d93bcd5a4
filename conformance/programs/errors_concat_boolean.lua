print("start")
local ok = false
print("value: " .. tostring(ok))
print("value: " .. ok)

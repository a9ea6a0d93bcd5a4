print("start")
local flag = true
print("flag", flag)
print(-flag)

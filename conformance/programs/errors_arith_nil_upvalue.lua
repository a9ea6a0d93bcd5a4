print("start")
local limit
local function f(x) return x - limit end
print("defined f")
print(f(10))

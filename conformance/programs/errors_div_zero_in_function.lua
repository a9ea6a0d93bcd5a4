-- integer division by zero inside a one-line function
print("start")
local function div(a, b) return a // b end
print(div(7, 2))
print(div(7.0, 0))
print(div(7, 0))

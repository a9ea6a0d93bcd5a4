print("never")
local x <const> = 10
print(x)
x = 20

-- next accepts a float key only if it is stored as a float key
local t = {10, 20, 30}
print(next(t, 1))
print(next(t, 2))
print(t[2.0])
local f = {}
f[1.5] = "x"
print(next(f))
print(next(f, 1.5))
print(math.type(2.0), 2.0 == 2)
print("next with key 2.0")
print(next(t, 2.0))
print("unreachable")

-- next with a key that is not in the table
local t = {10, 20, 30}
print(next(t))
print(next(t, 1))
print(next(t, 3))
local k, v = next(t, 2)
print(k, v)
t.name = "x"
print(next({}, nil))
print("bad key")
print(next(t, "nokey"))
print("unreachable")

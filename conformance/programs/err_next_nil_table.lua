-- next on a nil value
local t = {1}
print(next(t))
print(next(t, 1))
local tables = {t}
print(next(tables[1]))
print(tables[2])
local empty = {}
print(next(empty))
print("next of nil")
print(next(tables[2]))
print("unreachable")

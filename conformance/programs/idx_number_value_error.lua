-- indexing a number value
local t = {n = 5}
print(t.n)
local x = t.n
print(x + 1)
print(type(x))
t.n = {value = x}
print(t.n.value)
print(x * x)
print(math.type(x))
print(x.y)
print("unreachable")

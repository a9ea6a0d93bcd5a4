-- indexing a missing nested field
local t = {a = {b = 1}}
print(t.a.b)
print(t.x)
print(t.a.c)
t.a.c = {}
print(type(t.a.c))
t.a.c.d = "set"
print(t.a.c.d)
local depth = 0
for _, k in ipairs({"a", "c"}) do depth = depth + 1 end
print("depth", depth)
t.x.y = 1
print("unreachable")

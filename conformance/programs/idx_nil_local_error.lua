-- indexing a local that holds nil
local t = {1, 2, 3}
local u = t[4]
print(t[1], t[3], u)
local v = {}
v.w = t
print(v.w[2])
for i = 1, #t do
  io.write(t[i], ";")
end
print()
print(u == nil)
print(u.field)
print("unreachable")

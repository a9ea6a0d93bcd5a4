-- # after setting elements to nil at the end or in the middle
local t = {1, 2, 3, 4, 5}
t[5] = nil
print(#t)
t[3] = nil
print(#t)
t[4] = nil
print(#t)
local u = {1, 2, 3, 4, 5, 6, 7, 8}
u[4] = nil
print(#u)
u[8] = nil
print(#u)
u[7] = nil
print(#u)
u[6] = nil
print(#u)
u[5] = nil
print(#u)
local v = {}
for i = 1, 10 do v[i] = i end
v[5] = nil
print(#v)
v[10] = nil
print(#v)
v[9] = nil; v[8] = nil; v[7] = nil
print(#v)
v[6] = nil
print(#v)

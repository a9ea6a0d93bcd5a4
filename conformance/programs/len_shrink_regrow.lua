-- # while a table shrinks to nothing and grows again
local t = {}
for i = 1, 64 do t[i] = i end
print(#t)
for i = 64, 33, -1 do t[i] = nil end
print(#t)
for i = 33, 40 do t[i] = i end
print(#t)
for i = 1, 40 do t[i] = nil end
print(#t)
t[1] = "again"
print(#t)
t[2] = "again"
print(#t)
t[1] = nil
print(#t)
local u = {1, 2, 3}
u[1], u[2], u[3] = nil, nil, nil
print(#u)
u[3] = 3
print(#u)
u[1] = 1
print(#u)

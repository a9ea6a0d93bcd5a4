-- # of tables filled from the top down
local t = {}
for i = 10, 1, -1 do t[i] = i end
print(#t)
local u = {}
for i = 5, 2, -1 do u[i] = i end
print(#u)
u[1] = 1
print(#u)
local w = {}
w[3] = 3
print(#w)
w[2] = 2
print(#w)
w[1] = 1
print(#w)
local z = {}
for i = 100, 1, -1 do z[i] = true end
print(#z)
z[50] = nil
print(#z)
local y = {}
for i = 8, 1, -2 do y[i] = i end
print(#y)

-- # with integer keys placed in the hash part
local t = {[1] = 1, [2] = 2, [3] = 3}
print(#t)
local u = {[1] = 1, [2] = 2, [4] = 4}
print(#u)
local v = {n = 1, [1] = "a", [2] = "b", [3] = "c"}
print(#v)
local w = {}
w[2] = 2
print(#w)
w[1] = 1
print(#w)
local x = {}
x[1] = 1; x[2] = 2; x[4] = 4
print(#x)
local y = {}
y[1] = 1; y[3] = 3
print(#y)
y[2] = 2
print(#y)
local z = {[1] = 1, [3] = 3}
print(#z)
local q = {x = 1, y = 2}
q[1] = 1
q[2] = 2
print(#q)

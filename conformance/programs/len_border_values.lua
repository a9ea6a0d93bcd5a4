-- # of arrays whose elements are falsy values or nested nils
local t = {false, nil, false}
print(#t)
local u = {0, 0, 0, 0}
print(#u)
local v = {"", "", ""}
print(#v)
local w = {n = nil, 1, 2}
print(#w)
local x = {1, 2, 3, [4] = 4, [5] = 5}
print(#x)
local y = {[3] = 3, 1, 2}
print(#y)
local z = {1, 2, [3] = nil, [4] = 4}
print(#z)
local q = {[1] = "a", "b"}
print(#q, q[1])
local r = {"a", "b", [2] = "x"}
print(#r, r[2])

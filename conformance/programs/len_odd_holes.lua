-- # after removing every other element
local s = {}
for i = 1, 20 do s[i] = i end
for i = 1, 20, 2 do s[i] = nil end
print(#s)
local t = {}
for i = 1, 20 do t[i] = i end
for i = 2, 20, 2 do t[i] = nil end
print(#t)
local u = {}
for i = 1, 16 do u[i] = i end
for i = 1, 15 do u[i] = nil end
print(#u)
local c = 0
for _ in ipairs(u) do c = c + 1 end
print(c)
local v = {}
for i = 1, 16 do v[i] = i end
for i = 2, 16 do v[i] = nil end
print(#v)
for i = 1, 16 do v[i] = i end
print(#v)

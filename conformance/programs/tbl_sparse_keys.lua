-- sparse integer keys
local t = {}
t[1] = "a"
t[1000] = "b"
t[1000000] = "c"
t[-5] = "d"
print(t[1], t[1000], t[1000000], t[-5], t[2])
local c = 0
for k, v in pairs(t) do c = c + 1 end
print(c)
local ks = {}
for k in pairs(t) do ks[#ks + 1] = k end
table.sort(ks)
print(table.concat(ks, " "))
local s = {}
for i = 1, 100 do s[i * i] = i end
local sum = 0
for k, v in pairs(s) do sum = sum + k + v end
print(sum)
print(s[49], s[50], s[10000])
local p = {}
local x = 1
for i = 1, 40 do p[x] = i; x = x * 2 end
print(p[1], p[2 ^ 20], p[2 ^ 39], p[3])
local cnt = 0
for k in pairs(p) do cnt = cnt + 1 end
print(cnt)

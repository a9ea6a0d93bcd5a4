-- very large arrays
local t = {}
for i = 1, 10000 do t[i] = i * 2 end
print(#t)
local sum = 0
for i = 1, #t do sum = sum + t[i] end
print(sum)
print(t[1], t[5000], t[10000], t[10001])
local s2 = 0
for _, v in ipairs(t) do s2 = s2 + v end
print(s2)
for i = 10000, 5001, -1 do t[i] = nil end
print(#t)
local u = {}
for i = 1, 100000 do u[#u + 1] = i % 7 end
print(#u)
local c = 0
for i = 1, #u do if u[i] == 3 then c = c + 1 end end
print(c)
local f = {}
for i = 1, 1000 do f[i] = i / 4 end
local fs = 0.0
for i = 1, #f do fs = fs + f[i] end
print(fs, #f)
local strs = {}
for i = 1, 500 do strs[i] = tostring(i) end
print(#strs, strs[1], strs[500], string.len(table.concat(strs)))

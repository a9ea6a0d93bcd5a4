-- float keys that are integral end up as integer array keys
local t = {}
for i = 1, 6 do t[i * 1.0] = i end
local out = {}
for k, v in pairs(t) do out[#out + 1] = math.type(k) end
print(table.concat(out, " "))
out = {}
for k in pairs(t) do out[#out + 1] = k end
print(table.concat(out, " "))
local k1 = next(t)
print(k1, math.type(k1))
print(next(t, 3))
print(next(t, 6))
local u = {10, 20}
print(next(u, 1))
print(t[3.0], u[2.0])

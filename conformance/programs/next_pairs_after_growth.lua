-- pairs order of an array that grew past several rehashes
local t = {}
for i = 1, 33 do t[i] = i end
local out = {}
for k in pairs(t) do out[#out + 1] = k end
print(#out, out[1], out[17], out[33])
local ordered = true
for i = 1, #out do if out[i] ~= i then ordered = false end end
print(ordered)
local u = {}
for i = 1, 7 do u[i] = i end
u[9] = 9
out = {}
for k in pairs(u) do out[#out + 1] = k end
print(table.concat(out, " "))
local w = {1, 2, 3, 4}
w[6] = 6
w[5] = 5
out = {}
for k in pairs(w) do out[#out + 1] = k end
print(table.concat(out, " "))

-- for k, v in next, t (the expanded form of pairs)
local t = {5, 10, 15, 20}
local s = 0
for k, v in next, t do s = s + k * v end
print(s)
for k, v in next, t, nil do io.write(k, ":", v, " ") end
print()
for k, v in next, t, 2 do io.write(k, ":", v, " ") end
print()
local n = 0
for k in next, {} do n = n + 1 end
print(n)
local names = {b = 2, a = 1, c = 3}
local ks = {}
for k, v in next, names do ks[#ks + 1] = k .. v end
table.sort(ks)
print(table.concat(ks, " "))
local f, st, c = pairs(t)
for k, v in f, st, c do io.write(v, " ") end
print()
for i, v in ipairs(t) do if i == 2 then break end io.write(v, " ") end
print()

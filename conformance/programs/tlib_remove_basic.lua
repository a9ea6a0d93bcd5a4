-- table.remove from the end, front and middle
local t = {1, 2, 3, 4, 5}
print(table.remove(t), #t)
print(table.remove(t, 1), #t, table.concat(t, ","))
print(table.remove(t, 2), #t, table.concat(t, ","))
print(table.remove(t), table.remove(t), #t)
print(table.remove(t), #t)
local e = {}
print(table.remove(e))
print(select("#", table.remove(e)))
print(table.remove(e, 0))
print(table.remove(e, 1))
local u = {"x", "y"}
print(table.remove(u, #u + 1), #u)
print(table.remove(u, 3), #u)
local q = {}
for i = 1, 10 do q[i] = i end
local out = {}
while #q > 0 do out[#out + 1] = table.remove(q, 1) end
print(table.concat(out, " "))
local r = {[0] = "zero"}
print(table.remove(r, 0), r[0])
local s = {1, 2, 3}
print(table.remove(s, 3), table.concat(s, ","))

-- table.insert appending
local t = {}
table.insert(t, "a")
table.insert(t, "b")
table.insert(t, "c")
print(#t, table.concat(t, ","))
for i = 1, 10 do table.insert(t, i) end
print(#t, t[4], t[13])
local u = {n = "not counted"}
table.insert(u, 1)
print(#u, u[1], u.n)
local w = {1, 2, 3}
table.insert(w, nil)
print(#w)
table.insert(w, false)
print(#w, w[4])
local big = {}
for i = 1, 5000 do table.insert(big, i * 2) end
local s = 0
for _, v in ipairs(big) do s = s + v end
print(#big, s)
print(select("#", table.insert({}, 1)))

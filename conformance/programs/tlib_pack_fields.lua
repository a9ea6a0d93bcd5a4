-- table.pack sets n and keeps nils
local p = table.pack("a", nil, "c", nil)
print(p.n, #p >= 0, p[1], p[2], p[3], p[4])
local empty = table.pack()
print(empty.n, next(empty))
local one = table.pack(nil)
print(one.n, one[1])
local function f() return 1, 2, 3 end
local q = table.pack(f(), f())
print(q.n, q[1], q[2], q[3], q[4])
local r = table.pack((f()))
print(r.n)
local keys = 0
for k in pairs(table.pack(1, 2, 3)) do keys = keys + 1 end
print(keys)
local big = table.pack(table.unpack({}, 1, 100))
print(big.n, big[100])
local s = table.pack(string.byte("hello", 1, -1))
print(s.n, s[1], s[s.n])
print(table.unpack(table.pack(1, nil, 3), 1, 3))

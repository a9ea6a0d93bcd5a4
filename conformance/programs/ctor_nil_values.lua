-- nil values in named fields are simply absent
local t = {a = nil, b = 1, c = nil}
local n = 0
for k in pairs(t) do n = n + 1 end
print(n, t.a, t.b)
local u = {[1] = nil, [2] = 2}
print(u[1], u[2])
local v = {nil}
print(v[1], next(v))
local w = {nil, nil, nil, 4}
print(#w, w[4])
local cnt = 0
for k, val in pairs(w) do cnt = cnt + 1 end
print(cnt)
local x = nil
local y = {x, x, x}
print(next(y))
local z = {x = x}
print(next(z))

-- positional, named and bracketed fields
local t = {1, 2, 3, x = "ex", ["y z"] = "why", [10] = "ten", [2 + 3] = "five"}
print(t[1], t[2], t[3], t.x, t["y z"], t[10], t[5])
local u = {x = 1, 10, y = 2, 20, z = 3, 30}
print(u[1], u[2], u[3], u.x, u.y, u.z, #u)
local v = {[1] = "explicit", "positional"}
print(v[1])
local w = {"positional", [1] = "explicit"}
print(w[1])
local k = "key"
local x = {[k] = 1, [k .. "2"] = 2, k = 3}
print(x.key, x.key2, x.k)
local y = {}
print(next(y))
local z = {1; 2; 3}
print(#z, z[2])
local q = {1, 2, 3,}
print(#q)
local r = {a = 1; b = 2, c = 3;}
print(r.a + r.b + r.c)
local nested = {{1, 2}, {3, 4}, p = {q = {r = "s"}}}
print(nested[2][1], nested.p.q.r)

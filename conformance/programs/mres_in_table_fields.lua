-- multiple results in table fields and indexes
local function kv() return "key", "value" end
local function ij() return 2, 3 end
local t = {}
t[kv()] = "stored"
print(t.key, t.value)
local m = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
print(m[ij()][ij()])
print(#m[(ij())], m[(ij())][1])
local u = {kv(), kv()}
print(#u, u[1], u[2], u[3])
local v = {x = kv(), kv()}
print(v.x, v[1], v[2])
local w = {[ij()] = "two"}
print(w[2], w[3])
t[ij()], t.z = ij()
print(t[2], t[3], t.z)

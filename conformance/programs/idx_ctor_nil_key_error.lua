-- a nil key inside a constructor
local key
local t = {a = 1}
print(t.a)
print("building")
local ok = {[1] = "x", ["k"] = "y"}
print(ok[1], ok.k)
local n = 0
for _ in pairs(ok) do n = n + 1 end
print(n)
local u = {[key] = 2}
print("unreachable", u)

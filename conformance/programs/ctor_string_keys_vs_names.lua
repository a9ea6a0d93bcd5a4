-- name = v and ["name"] = v are the same key
local t = {name = 1, ["name2"] = 2}
print(t.name, t["name"], t.name2)
local u = {["name"] = "bracket", name = "plain"}
print(u.name)
local v = {name = "plain", ["name"] = "bracket"}
print(v.name)
local k = "dyn"
local w = {[k] = 1, dyn = 2}
print(w.dyn)
local x = {["1"] = "s", [1] = "n"}
print(x["1"], x[1])
local y = {["x y"] = 1, ["end"] = 2, ["0"] = 3}
print(y["x y"], y["end"], y["0"], y[0])
local n = 0
for _ in pairs(u) do n = n + 1 end
print(n)

-- values of every phase-1 type stored and retrieved
local t = {}
local keys = {1, 2.5, "s", true, -3, 0}
local vals = {"int", "float", "string", "bool", "neg", "zero"}
for i = 1, #keys do t[keys[i]] = vals[i] end
for i = 1, #keys do print(type(keys[i]), t[keys[i]]) end
local v = {}
v[1] = 1
v[2] = 2.0
v[3] = "3"
v[4] = false
v[5] = {}
v[6] = print
for i = 1, 6 do io.write(type(v[i]), " ") end
print()
print(math.type(v[1]), math.type(v[2]), math.type(v[3]))
print(v[2] == v[1] + 1, v[3] == 3)
v[2] = nil
print(v[2], type(v[2]))
local nested = {t = t, v = v}
print(nested.t[2.5], nested.v[1], nested.t.s)
local ints = {[1] = "a", [1.5] = "b", [2] = "c"}
print(ints[1], ints[1.5], ints[2], ints[3 / 2])
print(ints[4 / 2], math.type(4 / 2))

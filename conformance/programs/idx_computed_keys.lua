-- computed keys: arithmetic, concatenation, function results
local t = {}
for i = 1, 5 do t[i * 2] = i end
print(t[2], t[4], t[10], t[3])
for i = 1, 3 do t["k" .. i] = i * 100 end
print(t.k1, t.k2, t.k3)
local function key(n) return "key" .. n end
t[key(7)] = "seven"
print(t.key7, t[key(7)])
t[10 // 3] = "floor div"
print(t[3])
t[7 / 7] = "one from float div"
print(t[1])
t[2 ^ 3] = "eight"
print(t[8])
t[-(-4)] = "minus minus"
print(t[4])
local idx = {3, 1, 2}
local vals = {"c", "a", "b"}
local r = {}
for i = 1, 3 do r[idx[i]] = vals[i] end
print(table.concat(r))
local alias = t
alias[#r] = "via alias"
print(t[3])

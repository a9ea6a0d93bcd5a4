-- __index table consulted for integer, float, boolean and string keys
local base = {[1] = "int1", [2.5] = "float2.5", [true] = "yes", [false] = "no", name = "str", [3] = "int3"}
local t = setmetatable({}, {__index = base})
print(t[1], t[1.0], t[2.5], t[true], t[false], t.name, t["name"])
print(t[3.0], t[4], t[2], t["1"])
t[1] = "own1"
print(t[1], t[1.0], base[1])
t[2^53] = "big"
print(t[2^53], t[math.tointeger(2^53)])
local log = {}
local f = setmetatable({}, {__index = function(_, k) log[#log + 1] = math.type(k) or type(k); return k end})
print(f[1], f[1.0], f[2.5], f[-0.0], f[true], f.s)
print(table.concat(log, " "))
local seq = setmetatable({}, {__index = {10, 20, 30}})
print(#seq, seq[1], seq[3], rawlen(seq))

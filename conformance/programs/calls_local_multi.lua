-- local a = 1, 2, f(): extra values are evaluated and dropped
local log = ""
local function f(x) log = log .. x .. ";" return x end
local a = 1, 2, f(3)
print("a", a, "log", log)
local b, c = f(4), f(5), f(6)
print("b", b, "c", c, "log", log)
local d, e, g = f(7), nil
print("d", d, "e", e, "g", g)
local h, i = 1
print("h", h, "i", i)
local j <const> = 10
print("const j", j)
local k <const>, l = 20, 30
print("k", k, "l", l)
local m
print("m", m)
local n, o = nil, false
print("n", n, "o", o)

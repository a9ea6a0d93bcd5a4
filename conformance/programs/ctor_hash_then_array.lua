-- explicit integer keys combined with positional items
local t = {[1] = "a", [2] = "b", "x"}
print(t[1], t[2], #t)
local u = {[3] = "c", "x", "y"}
print(u[1], u[2], u[3], #u)
local v = {"x", "y", [3] = "c", [4] = "d"}
print(#v, v[4])
local w = {[2] = "two", "one"}
print(w[1], w[2], #w)
local x = {"p", [1.0] = "q"}
print(x[1])
local y = {[-1] = "m", [0] = "z", "o"}
print(y[-1], y[0], y[1], #y)

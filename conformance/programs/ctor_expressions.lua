-- constructor fields are arbitrary expressions evaluated in order
local log = {}
local function f(x) log[#log + 1] = x; return x end
local t = {f(1), f(2), a = f(3), [f("k")] = f(4), f(5)}
print(table.concat(log, " "))
print(t[1], t[2], t[3], t.a, t.k)
local i = 0
local function nxt() i = i + 1; return i end
local u = {nxt(), nxt(), nxt(), [nxt()] = nxt()}
print(u[1], u[2], u[3], u[4], u[5])
local v = {1 + 1, 2 * 3, "a" .. "b", #"xyz", -5 // 2, 7 % 3, 2 ^ 2, 1 < 2}
for j = 1, #v do io.write(tostring(v[j]), " ") end
print()
local w = {[1 + 1] = "two", [3.0] = "three", [2 ^ 2] = "four"}
print(w[2], w[3], w[4])
local fn = {function(a) return a * 2 end, function(a) return a + 100 end}
print(fn[1](21), fn[2](1))
local cond = true
local x = {cond and "yes" or "no", not cond and "yes" or "no"}
print(x[1], x[2])

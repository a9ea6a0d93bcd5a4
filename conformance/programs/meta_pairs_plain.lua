-- pairs on tables without __pairs (with and without a metatable)
local t = {10, 20, 30, a = "x"}
local f, s, c = pairs(t)
print(f == next, s == t, c)
local sum, n = 0, 0
for k, v in pairs(t) do n = n + 1 if type(v) == "number" then sum = sum + v end end
print(n, sum)
local withmt = setmetatable({1, 2}, {__index = function() return 0 end, __len = function() return 99 end})
local f2, s2 = pairs(withmt)
print(f2 == next, s2 == withmt)
local cnt = 0
for _ in pairs(withmt) do cnt = cnt + 1 end
print(cnt)
local empty = {}
for k in pairs(empty) do print("never", k) end
print(pairs({}) == next)
print(pcall(pairs))
print(select("#", pcall(pairs, nil)), select(3, pcall(pairs, nil)))
print(select(3, pcall(pairs, 5)))
print(pcall(function() for k in pairs(nil) do end end))
print(pcall(function() for k in pairs(5) do end end))
local del = {a = 1, b = 2, c = 3, d = 4}
for k in pairs(del) do del[k] = nil end
print(next(del))

-- string.rep with separators, counts <= 0 and odd arguments
local function show(s) print("[" .. s:gsub("%z", "\\0") .. "]", #s) end
show(string.rep("ab", 3, ", "))
show(string.rep("", 5, "-"))
show(string.rep("x", 1, "SEP"))
show(string.rep("x", 0, "SEP"))
show(string.rep("x", -5, "SEP"))
show(string.rep("x", math.mininteger))
show(string.rep("x", math.mininteger, "y"))
show(string.rep("", 100000))
show(string.rep("a\0", 3, "\0"))
show(string.rep("ab", 2, 12))
show(string.rep(3.5, 2, 0))
show(string.rep("x", 4.0, ""))
print(pcall(string.rep, "x", 1.5))
print(pcall(string.rep, "x"))
print(pcall(string.rep, "x", "two"))
print(pcall(string.rep, {}, 2))
print(pcall(string.rep, "x", 2, {}))
print(pcall(string.rep, "x", math.maxinteger))
print(pcall(string.rep, "x", 1 << 40, ","))
print(pcall(string.rep, "ab", (1 << 62) + 1, "ab"))
-- building with rep inside a loop
local t = {}
for n = -1, 4 do t[#t + 1] = string.rep("ab", n, "|") end
print(table.concat(t, " / "))
print(#string.rep("abc", 10000, "de"))
print(("-"):rep(3, "+"), ("="):rep(0, "+") == "")

-- t.name is sugar for t["name"]
local t = {}
t.name = "n"
print(t["name"])
t["other"] = "o"
print(t.other)
t["with space"] = 1
t["1abc"] = 2
t[""] = 3
print(t["with space"], t["1abc"], t[""])
local key = "name"
print(t[key], t.key)
t.key = "literal key"
print(t[key], t.key, t["key"])
t["end"] = "keyword-like"
print(t["end"])
local words = {"and", "or", "not", "while"}
for i, w in ipairs(words) do t[w] = i end
print(t["and"], t["or"], t["not"], t["while"])
local k2 = "na" .. "me"
print(t[k2])
t[string.upper("up")] = true
print(t.UP, t.up)

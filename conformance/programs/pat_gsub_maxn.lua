-- gsub with a maximum number of replacements
local s = "a a a a"
for _, n in ipairs({0, 1, 2, 3, 4, 5, 100, -1}) do print(n, s:gsub("a", "b", n)) end
print(s:gsub("a", "b", 2.0))
print(pcall(string.gsub, s, "a", "b", 2.5))
print(pcall(string.gsub, s, "a", "b", "x"))
print(s:gsub("a", "b", "2"))
print(s:gsub("a", "b", nil))
print(s:gsub("", "-", 3))
print(s:gsub("x", "-", 3))
print(s:gsub("a", function() return nil end, 2))   -- kept matches still count
print(s:gsub("a", {}, 3))
print(s:gsub("a", "b", math.maxinteger))
print(s:gsub("a", "b", math.mininteger))
print(("abc"):gsub("%w", "%0%0", 1))

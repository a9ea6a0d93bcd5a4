-- string.find with init: positive, negative, zero, beyond the end
local s = "abcabc"
for _, init in ipairs({1, 2, 4, 5, 6, 7, 8, 100, 0, -1, -3, -6, -7, -100}) do
  print(init, s:find("abc", init), s:find("c", init), s:find("", init), s:find("x*", init))
end
print(s:find("abc", 3.0))
print(pcall(string.find, s, "abc", 3.5))
print(pcall(string.find, s, "abc", "2"))
print(pcall(string.find, s, "abc", "z"))
print(s:find("b", math.maxinteger), s:find("b", math.mininteger))
print((""):find(""), (""):find("", 1), (""):find("", 2), (""):find("", -1))
print(string.find("abc", "b", nil))
-- match and gmatch share the same init rules
print(s:match("(%a)", -2), s:match("(%a)", 0), s:match("()", 7), s:match("()", 8))

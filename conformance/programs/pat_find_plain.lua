-- plain find (4th argument)
local s = "a.b*c+d(e)[f]%g^h$"
for _, p in ipairs({".", "*", "+", "(", ")", "[", "]", "%", "^", "$", "b*c", "(e)", "%g"}) do
  print(p, s:find(p, 1, true))
end
print(s:find(".", 3, true), s:find(".", -2, true))
print(s:find("", 1, true), s:find("", 5, true), s:find("", 20, true), s:find("", 21, true))
print(("abc"):find("c", 1, false), ("a.c"):find(".", 1, false))
print(("abc"):find("b", 1, 1), ("a.c"):find(".", 1, "yes"), ("a.c"):find(".", 1, nil))
print(("aaa"):find("aa", 2, true), ("aaa"):find("aaaa", 1, true))
print(("x\0y"):find("\0", 1, true))
print(("hello world"):find("o w", 1, true))
-- plain find does not return captures
print(("(x)"):find("(x)", 1, true))
-- a pattern without specials is found the same way either way
print(("needle in haystack"):find("hay"), ("needle in haystack"):find("hay", 1, true))
print(pcall(string.find, "abc", "[", 1, true))
print(pcall(string.find, "abc", "["))

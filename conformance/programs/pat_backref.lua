-- back-references %1..%9
print(('say "hi" or \'yo\''):match("([\"'])(.-)%1"))
for q, body in ([[a="x" b='y' c="z'"]]):gmatch("([\"'])(.-)%1") do print(q, body) end
print(("abcabc"):match("(abc)%1"))
print(("abcabd"):match("(abc)%1"))
print(("hello"):find("(l)%1"))
print(("aa bb cd ee"):gsub("(%a)%1", "<%1%1>"))
print(("[==[long]==]"):match("%[(=*)%[(.-)%]%1%]"))
print(("[==[x]=]y]==]"):match("%[(=*)%[(.-)%]%1%]"))
print(("abba"):match("(a)(b)%2%1"))
print(("1 2 3 4 5 6 7 8 9 9"):match("(%d) (%d) (%d) (%d) (%d) (%d) (%d) (%d) (%d) %9"))
-- back reference to a position capture matches empty?
print(pcall(string.match, "aa", "()%1"))
-- back reference to an empty capture
print(("xy"):find("(a*)x%1y"))
print(("word word other"):gsub("(%a+) %1", "%1"))

-- magic characters escaped with %
local s = "f(x) = 1.5 + 2*y - 3? [ok] ^top$ 100%"
for _, p in ipairs({"%(", "%)", "%.", "%+", "%*", "%-", "%?", "%[", "%]", "%^", "%$", "%%"}) do
  print(p, s:find(p))
end
print(s:match("%((.-)%)"))
print(s:match("%[(%a+)%]"))
print(s:match("(%d+%.%d+)"))
print(s:match("%^(%a+)%$"))
print(s:match("(%d+)%%"))
-- escaping a non-alphanumeric char is always literal
print(("a,b;c"):gsub("%,", " "), ("a,b;c"):gsub("%;", " "))
print(("a/b"):match("%/"), ("a b"):match("a% b"))
-- %z is not a class in 5.4: it matches a literal 'z'
print(("xyz"):find("%z"))
-- escaping user input
local function quote(str) return (str:gsub("[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")) end
local q = quote("1+1=2? (yes) 50% [a-z]")
print(q)
print(("say 1+1=2? (yes) 50% [a-z] now"):find(q))

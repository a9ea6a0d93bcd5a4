-- position captures ()
print(("hello"):match("()ll()"))
print(("hello"):find("()ll()"))
print(("hello"):match("()"), ("hello"):match("()$"))
print(("hello"):match("h()e()l()l()o()"))
print(math.type(("abc"):match("()b")))
print(("a,b,,c"):gsub("(),", "%1"))
local pos = {}
for p in ("a b  c"):gmatch("()%s") do pos[#pos + 1] = p end
print(table.concat(pos, " "))
for s, w, e in ("one two three"):gmatch("()(%a+)()") do print(s, w, e) end
print(string.gsub("abc", "()", "[%1]"))
print(string.gsub("abc", "()", function(p) return p * 10 end))
print(("x = 10"):match("()=()"))
-- position capture mixed with normal ones
print(("key: value"):match("(%w+)():%s*()(%w+)"))
print(("aaa"):find("()a-()", 2))

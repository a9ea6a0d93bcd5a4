-- %b balanced matches
local s = "f(a(b)c) + g(d) + h(e"
print(s:match("%b()"))
print(s:find("%b()"))
for m in s:gmatch("%b()") do io.write(m, ";") end print()
print(s:gsub("%b()", "()"))
print(("{x{y}z}{w}"):match("%b{}"))
print(("[[nested] [pairs]]"):match("%b[]"))
print(('say "hi" and "bye"'):gsub('%b""', "Q"))   -- same open/close char
print(("x(y"):match("%b()"), ("x)y("):match("%b()"))
print(("<<a>b>"):match("%b<>"), ("<<a>b"):match("%b<>"))
print(("if (a and (b or c)) then"):match("if%s*(%b())"))
print(("ab"):find("%bab"))
print(("aabb"):find("%bab"))
print(("((()"):find("%b()"))
print(("(x)"):match("^%b()$"), ("(x)y"):match("^%b()$"))
-- %b followed by quantifier chars is literal
print(("(a)*"):match("%b()%*"))
-- function call args extraction
local src = "print(max(1, 2), min(3, (4)))"
for name, args in src:gmatch("(%a+)(%b())") do print(name, args) end

-- print((f())) versus print(f())
local function f() return 1, 2, 3 end
local function g() return nil, "second" end
local function h() end
print(f())
print((f()))
print(g())
print((g()))
print(h())
print((h()))
print(f(), (f()))
print((f()), f())
io.write(f())
io.write("\n")
io.write((f()), "\n")
print(string.format("%s|%s", g()))
print(tostring(g()))
print(type(f()))

-- io.tmpfile: write, seek back, read
local t = io.tmpfile()
print(io.type(t))
print(t:write("hello\n", 42, "\n", 0.5, "\n") == t)
print(t:seek("cur"))
print(t:seek("set"))
print(t:read("l"))
print(t:read("n"))
print(t:read("n"))
print(t:read("l"))
print(t:read("l"))
print(t:seek("end"))
t:write("more")
t:seek("set", 6)
print(t:read("a"))
t:seek("set")
local n = 0
for l in t:lines() do n = n + 1 end
print("lines", n)
print(io.type(t))
t:close()
print(io.type(t))
local u = io.tmpfile()
for i = 1, 100 do u:write(i, " ") end
u:seek("set")
local s = 0
for i = 1, 100 do s = s + u:read("n") end
print("sum", s)
u:close()

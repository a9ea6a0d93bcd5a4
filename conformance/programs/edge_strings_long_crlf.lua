local s = [[
abc
def
ghijkl

mno]]
print(#s)
for i = 1, #s do io.write(s:byte(i), " ") end print()
local t = "a\
b\
c\d\
\
e"
print(#t) for i = 1, #t do io.write(t:byte(i), " ") end print()
local u = [==[
]]]=]]==]
print(u)
print([[

]] == "\n")
-- comment
print("crlf line")
local e = nil
print(e .. "x")

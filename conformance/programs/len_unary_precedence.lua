-- # precedence relative to other operators
local t = {1, 2, 3, 4}
print(#t + 1)
print(#t * 2)
print(-#t)
print((#t) ^ 2)
print(#t .. "x")
print(#t == 4, #t ~= 4)
print(not #t)
print(#t // 3, #t % 3)
local s = {"ab", "cde"}
print(#s[2])
print(#s[1] + #s[2])
local n = {{1, 2}, {3}}
print(#n[1] - #n[2])
print(- - #t)
print(#"abc" + #t)
print(2 ^ #t, -(#t) ^ 2)

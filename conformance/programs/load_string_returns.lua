-- load with a string: the chunk is a function returning its return values
local f = load("return 1, 2, 3")
print(type(f))
print(f())
print(select('#', f()))
print(load("return")())
print(select('#', load("return")()))
print(select('#', load("")()))
print(select('#', load("local x = 1")()))
print(load("return nil, nil")())
print(select('#', load("return nil, nil")()))
print(load("return 'a' .. 'b', 2^10, 7 // 2")())
print(load("local t = {} for i = 1, 5 do t[i] = i * i end return table.concat(t, ',')")())
-- calling a chunk repeatedly runs it again
local g = load("n = (n or 0) + 1 return n")
print(g(), g(), g())
print(n)
-- a chunk returning a function
local mk = load("return function(a, b) return a * b end")()
print(mk(6, 7))
-- a chunk with a trailing newline and comments
print(load("-- comment\nreturn 5 -- trailing\n")())
print(load("--[[ long\ncomment ]] return 'after long comment'")())

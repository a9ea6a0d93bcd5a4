-- tables are references; equality is identity
local a = {1, 2, 3}
local b = a
b[1] = 100
print(a[1], b[1])
print(a == b)
local c = {1, 2, 3}
local d = {1, 2, 3}
print(c == d, c ~= d)
local function mutate(t) t.touched = true; t[#t + 1] = "added" end
mutate(c)
print(c.touched, c[4], #c)
print(d.touched, #d)
local function replace(t) t = {} ; t.x = 1; return t end
local e = replace(d)
print(d.x, e.x)
local s = {}
s[a] = "a"
s[c] = "c"
print(s[a], s[b], s[c], s[d])
print(a ~= c)
local x = {}
local y = x
x = nil
print(type(y), y ~= nil)
local t1, t2 = {}, {}
print(t1 == t1, t1 == t2)
print(type(a) == "table", type(nil))

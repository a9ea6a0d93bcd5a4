-- a stored gmatch iterator called by hand
local it = ("k1=v1 k2=v2"):gmatch("(%w+)=(%w+)")
print(type(it))
print(it())
print(it())
print(it())
print(it())
print(select("#", it()))
local it2 = string.gmatch("abc", ".")
local a = it2()
local b = it2()
print(a, b, it2(), it2(), it2())
-- two independent iterators over the same string
local s = "1 2 3"
local x, y = s:gmatch("%d"), s:gmatch("%d")
print(x(), x(), y(), x(), y(), x())
-- iterator ignores extra arguments
local z = ("ab"):gmatch(".")
print(z("ignored", 99), z(nil))
-- the subject is captured at creation
local str = "old"
local w = str:gmatch("%a+")
str = "new"
print(w())
-- iterator with an empty pattern
local e = ("ab"):gmatch("")
print(e(), e(), e(), e())
local p = ("ab"):gmatch("()")
print(p(), p(), p(), p())

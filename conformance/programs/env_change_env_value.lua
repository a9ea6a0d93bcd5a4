-- reassigning the local _ENV changes where globals go
local print = print
local a = {}
local b = {}
local _ENV = a
x = 1
_ENV = b
x = 2
_ENV = a
print(x)
_ENV = b
print(x)
y = x * 10
print(a.y, b.y)
_ENV = {}
print(x, y)
local t = {a = a, b = b}
t.a.z = "from t"
_ENV = a
print(z)

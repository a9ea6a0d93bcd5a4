-- type() of every value kind
print(type(nil))
print(type(true), type(false))
print(type(0), type(1.5), type(math.huge), type(0/0))
print(type(""), type("x"), type("1"))
print(type(print), type(type), type(function() end))
print(type(string.rep), type(math.floor), type(io.write))
local function f() end
print(type(f), type((f())))
print(type(type(nil)))
print(math.type(1), math.type(1.0), math.type("1"))

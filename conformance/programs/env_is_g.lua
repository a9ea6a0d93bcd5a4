-- _ENV is _G by default
print(_ENV == _G)
print(type(_ENV))
a = 1
print(_ENV.a, _G.a)
_ENV.b = 2
print(b, _G.b)
print(_ENV.print == print)
local function f() return _ENV end
print(f() == _G)
local function g() c = 3 end
g()
print(_ENV.c, c)
print(_ENV._G == _ENV)
_ENV["with space"] = true
print(_G["with space"])
local e = _ENV
e.d = 4
print(d)

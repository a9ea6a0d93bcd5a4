-- functions are first-class values
local function apply(f, x) return f(x) end
local function twice(f) return function(x) return f(f(x)) end end
local function inc(x) return x + 1 end
print("apply", apply(inc, 1))
print("twice", twice(inc)(5))
print("twice twice", twice(twice(inc))(0))
local sq = function(x) return x * x end
print("sq", sq(9))
print("compose", apply(twice(sq), 3))
print("type", type(inc), type(print), type(string.format))
local f = inc
print("same", f == inc, f == sq)
print("anon immediate", (function(a, b) return a .. b end)("x", "y"))
local op = string.upper
print("builtin value", op("abc"))
global_fn = function(s) return "[" .. s .. "]" end
print(global_fn("g"))
local function pick(b) if b then return inc end return sq end
print("pick", pick(true)(10), pick(false)(10))
local m = math.max
print("math alias", m(3, 9, 4))
local w = io.write
w("io alias\n")
print("method on call result", ("abc"):upper():len())

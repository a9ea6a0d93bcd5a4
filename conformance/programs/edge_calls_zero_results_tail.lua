local function none() end
local function id(x) return x end
print(1, none())
print(none(), 2)
print(none())
print((none()))
print(id(none()))
local function r1() return none() end
local function r2() return r1() end
print(r2(), "x")
print("a", r2())
local function ts(x) return tostring(x) end
print(ts(1.5), ts(nil), ts(true))
local function up(s) return s:upper() end
print(up("abc"))
local function paren(x) return (id(x)) end
print(paren(5))
local function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(100001), odd(77777))
local function count(n, acc) if n == 0 then return acc end return count(n - 1, acc + 1) end
print(count(300000, 0))
local function many(a, b, c, d, e, f, g, h, i, j) return (a or 0) + (b or 0) + (c or 0) + (j or 100) end
print(many(1, 2), many(1,2,3,4,5,6,7,8,9,10,11,12,13))
function gf(x) return x * 2 end
local function callgf() return gf(3) end
print(callgf())
gf = function(x) return x * 3 end
print(callgf())
local alias = gf
gf = nil
print(alias(4))
print(type(print(), none()))
local function tnone() return print() end
print(tnone())
print(tostring(none()) == nil)
print(string.rep("ab", 3, none()))
print(string.format("%s|%s", 1, none()))

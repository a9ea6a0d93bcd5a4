-- different metatables: __eq is looked up on the first operand, then the second
local A = {__eq = function(a, b) print("A.eq", a.n, b.n); return true end}
local B = {__eq = function(a, b) print("B.eq", a.n, b.n); return false end}
local N = {}
local a = setmetatable({n = "a"}, A)
local b = setmetatable({n = "b"}, B)
local n = setmetatable({n = "n"}, N)
local p = {n = "p"}
print("a==b", a == b)
print("b==a", b == a)
print("a==n", a == n)
print("n==a", n == a)
print("p==b", p == b)
print("b~=p", b ~= p)
print("n==p", n == p)
print("p==p2", p == {n = "p"})
local a2 = setmetatable({n = "a2"}, A)
print("a==a2", a == a2)

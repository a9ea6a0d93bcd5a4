-- A small monomorphic callee is inlined into its caller; the recursive one is called
-- directly behind an identity guard.
local function sq(x) return x * x end
local function norm(a, b) return sq(a) + sq(b) end
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local t = 0
for i = 1, 30 do t = t + norm(i, i + 1) end
print(t, fib(12))

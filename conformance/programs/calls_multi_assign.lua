-- multiple assignment: all right-hand sides are evaluated first
local a, b = 1, 2
a, b = b, a
print("swap", a, b)
local x, y, z = 1, 2, 3
x, y, z = z, x, y
print("rotate", x, y, z)
local i = 1
i, a = i + 1, i
print("i", i, "a", a)
local log = ""
local function f(s) log = log .. s return s end
local p, q = f("1"), f("2")
print("p", p, "q", q, "log", log)
p, q = f("3"), nil
print("p", p, "q", q, "log", log)
p, q = f("4"), f("5"), f("6")
print("p", p, "q", q, "log", log)
G1, G2 = "g1", "g2"
print("globals", G1, G2)
G1, G2 = G2, G1
print("globals swapped", G1, G2)
local u, v
u, v = 1
print("u", u, "v", v)
local fib1, fib2 = 0, 1
for n = 1, 10 do fib1, fib2 = fib2, fib1 + fib2 end
print("fib", fib1, fib2)

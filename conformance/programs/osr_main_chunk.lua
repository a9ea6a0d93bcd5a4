-- long loops directly in the main chunk
local s = 0
for i = 1, 20000 do s = s + i * i % 7 end
print("for", s)
local n, w = 0, 1
while n < 30000 do n = n + 1 w = (w * 31 + n) % 1000003 end
print("while", n, w)
local r = 0
repeat r = r + 3 until r >= 25000
print("repeat", r)
local f = 0.0
for i = 1, 10000 do f = f + 1 / i end
print("harmonic", f)
local str = ""
for i = 1, 6000 do if i % 1000 == 0 then str = str .. i .. ";" end end
print("str", str)
g_total = 0
for i = 1, 10000 do g_total = g_total + i end
print("global accumulator", g_total)

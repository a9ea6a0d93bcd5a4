-- float for-loops and negative steps, long enough to OSR
local n, last = 0, nil
for x = 0.0, 1000.0, 0.125 do n = n + 1 last = x end
print("float up", n, last)
local s = 0
for x = 1000, 1, -0.25 do s = s + x end
print("float down", s)
local c = 0
for i = 10000, 1, -1 do c = c + i % 3 end
print("int down", c)
local d = 0
for i = 20000, -20000, -7 do d = d + 1 end
print("step -7", d)
local t = 0
for i = 1, 3, 0.0001 do t = t + 1 end
print("tiny step", t)
local acc = 0
for x = 0.1, 1000, 0.1 do acc = acc + x end
print("acc", acc)
for i = math.maxinteger - 3, math.maxinteger do io.write(i, " ") end
print()
for i = math.mininteger + 3, math.mininteger, -1 do io.write(i, " ") end
print()
local z = 0
for i = 1, 0 do z = z + 1 end
for i = 1.0, 0.5 do z = z + 1 end
print("empty", z)

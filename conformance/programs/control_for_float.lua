-- float numeric for loops
for x = 0, 1, 0.25 do io.write(x, " ") end print()
for x = 0, 1, 0.1 do io.write(x, " ") end print()
local c = 0
for x = 0, 1, 0.1 do c = c + 1 end
print("count 0..1 by 0.1", c)
for x = 1, 0, -0.5 do io.write(x, " ") end print()
for x = 1.5, 3 do io.write(x, " ") end print()
for x = 1, 2, 0.5 do io.write(math.type(x), " ") end print()
for x = 0.1, 0.35, 0.1 do io.write(x, " ") end print()
for x = 1e308, 1.7e308, 1e308 do io.write(x, " ") end print()
for x = -0.0, 0 do io.write(x, " ") end print()
c = 0
for x = 1, 0, 0.5 do c = c + 1 end
print("zero iterations", c)

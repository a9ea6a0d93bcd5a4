-- for loops with -0.0 bounds, float steps and accumulating float error
for i = -0.0, 0 do print(i) end
for i = 0.0, -0.0, -1 do print(i) end
for i = -0.0, 1, 0.5 do io.write(tostring(i), " ") end print()
for i = 3, 1, -0.5 do io.write(tostring(i), " ") end print()
for i = 0.1, 0.35, 0.05 do io.write(string.format("%.17g", i), " ") end print()
for i = 1, 3 do io.write(tostring(i - 0), " ", tostring(i + 0.0), " ") end print()

local n = 0
for x = 1, 2, 0.5 do x = x + 10 n = n + 1 io.write(x, " ") end print(n)
local lim = 3
for i = 1, lim do lim = 10 io.write(i, " ") end print(lim)
local step = 1
for i = 1, 5, step do step = 2 io.write(i, " ") end print()
for i = 3, 1 do print("never") end
for i = 1, 1 do io.write("once ") end
for i = -1, -1, -1 do io.write("neg once ") end print()
for i = 1, 3 do local i = i * 2 io.write(i, " ") end print()
for i = 0.1, 0.35, 0.05 do io.write(i, " ") end print()
for i = 1, 2, 1e-300 do if i > 1 then break end io.write("tiny ") break end print()
for i = 5, 1, -2.5 do io.write(i, " ") end print()
for i = 1, 3, 1 do for i = i, 3 do io.write(i) end io.write(";") end print()
for i = math.mininteger, math.mininteger + 2 do io.write(i, " ") end print()
for i = math.maxinteger, math.maxinteger - 2, -1 do io.write(i, " ") end print()
for i = 1, 0.5 do print("no") end
for i = -0.5, 0 do io.write(i, " ") end print()
for i = 0, -0.5, -1 do io.write(i, " ") end print()
for i = 1, math.huge do if i > 3 then break end io.write(i, " ") end print()
for i = -1, -math.huge, -1 do if i < -3 then break end io.write(i, " ") end print()
for i = 1, 3.9999999 do io.write(i, " ") end print()
for i = -3, -3.5, -1 do io.write(i, " ") end print()

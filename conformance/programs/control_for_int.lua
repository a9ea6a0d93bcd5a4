-- integer numeric for loops
for i = 1, 3 do io.write(i, " ") end print()
for i = 3, 1, -1 do io.write(i, " ") end print()
for i = 1, 10, 3 do io.write(i, " ") end print()
for i = 10, 1, -4 do io.write(i, " ") end print()
for i = 1, 0 do print("never") end
for i = 0, -1 do print("never") end
for i = 5, 5 do io.write("once ", i) end print()
for i = 1, 3, -1 do print("never") end
for i = -3, 3, 2 do io.write(i, " ") end print()
for i = 1, 3.5 do io.write(i, " ") end print()
for i = 1, 3.5 do io.write(math.type(i), " ") end print()
for i = 3, 0.5, -1 do io.write(i, " ") end print()
for i = 1, -math.huge do print("never") end
local c = 0
for i = 1, math.huge do c = c + 1 if c == 3 then break end end
print("huge limit", c)
for i = "1", 2 do io.write(i, ":", math.type(i), " ") end print()
for i = 1, "2" do io.write(i, ":", math.type(i), " ") end print()
for i = 1.0, 3 do io.write(i, " ") end print()
local n = 0
for i = 1, 100 do n = n + i end
print("sum", n)
local last
for i = 1, 4 do last = i end
print("last", last)

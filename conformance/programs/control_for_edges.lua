-- numeric for near the integer limits (no overflow, loop ends)
local max, min = math.maxinteger, math.mininteger
for i = max - 2, max do print("up", i) end
for i = min + 2, min, -1 do print("down", i) end
for i = max - 1, max, 2 do print("step2", i) end
for i = min, min + 4, 3 do print("from min", i) end
for i = max, max, 1 do print("single", i) end
local c = 0
for i = max - 10, 1e100 do c = c + 1 end
print("float huge limit count", c)
c = 0
for i = min + 5, -1e100, -1 do c = c + 1 end
print("float -huge limit count", c)
c = 0
for i = 1, 0.5 do c = c + 1 end
print("limit 0.5", c)
c = 0
for i = 0, 0.5 do c = c + 1 end
print("limit 0.5 from 0", c)
c = 0
for i = -1, -1.5, -1 do c = c + 1 end
print("limit -1.5 down", c)
for i = max - 1, max, max do print("big step", i) end
for i = 0, max, max // 2 do print("half steps", i) end
for i = min, max, max do print("min to max", i) end
c = 0
for i = 1, 10, max do c = c + 1 end
print("step maxinteger", c)
for i = 0, min, min do print("step min", i) end

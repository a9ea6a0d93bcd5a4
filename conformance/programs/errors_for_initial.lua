print("loop ok")
for i = 1, 2 do print(i) end
local start = nil
for i = start, 10 do print("never") end

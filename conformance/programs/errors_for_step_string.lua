print("before")
local step = "fast"
for i = 1, 10, step do print("never") end

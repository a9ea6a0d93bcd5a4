-- the loop condition itself fails after OSR (compare number with nil)
local limit = 10000
local i = 0
local function bump() i = i + 1 if i == 9000 then limit = nil end end
while i < limit do bump() end
print("unreachable")

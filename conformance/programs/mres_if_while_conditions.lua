-- multiple results in conditions and loops
local function pair(x) return x, not x end
if pair(true) then print("first used") end
if pair(false) then print("wrong") else print("first is false") end
local i = 0
local function step() i = i + 1; return i < 4, "ignored" end
while step() do io.write(i, " ") end
print()
local function vals() return 3, 100 end
for j = 1, vals() do io.write(j, " ") end
print()
local function bounds() return 2, 8, 3 end
for j = (bounds()), 10, (bounds()) do io.write(j, " ") end
print()
local n = 0
repeat n = n + 1 until pair(n >= 3)
print(n)
local function two() return 1, 2 end
local x = two() == 1 and "eq" or "ne"
print(x)

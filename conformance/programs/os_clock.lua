-- os.clock: a non-negative float that does not go backwards
local c1 = os.clock()
print(type(c1), math.type(c1), c1 >= 0)
local s = 0
for i = 1, 200000 do s = s + i % 7 end
local c2 = os.clock()
print(s, c2 >= c1, math.type(c2 - c1))
print(select("#", os.clock()))
print(os.clock(1, 2, 3) >= 0)

-- operators use only the first result
local function two() return 10, 20 end
local function none() end
print(two() + 1)
print(two() .. "s")
print(-two())
print(two() == 10, two() < 15)
print(not none())
print(two() and "yes")
print(none() or "default")
local t = {two()}
print(#t, t[2])
local x = two() * two()
print(x)
print(#{two()} + two())
local s = string.rep("x", two() // 5)
print(s)
print(math.floor(two() / 3))
print(2 ^ two())

-- a function compiled while _ENV is a table, called after it becomes a number
local print = print
local function f(i) return val + i end
val = 10
local s = 0
for i = 1, 5000 do s = s + f(i) end
print(s)
_ENV = 42
print(f(1))

-- dofile runs a file and returns all its values
print(dofile("modules/values.lua"))
print(select('#', dofile("modules/values.lua")))
-- dofile passes no arguments to the chunk
local a, b, c, n = dofile("modules/values.lua")
print(a, b, c, n)
-- globals written by the file are visible afterwards
print(dofile("modules/globals.lua"), shared)
print(dofile("modules/globals.lua"), counter)
-- each dofile re-runs the file: module-level locals start again
local m1 = dofile("modules/closures.lua")
local m2 = dofile("modules/closures.lua")
m1.bump() m1.bump()
print(m1.peek(), m2.peek(), rawequal(m1, m2))
-- a file with a hot loop
local total, sum = dofile("modules/hot.lua")
print(total, sum(7))

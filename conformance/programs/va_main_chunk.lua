-- the main chunk is a vararg function; without script arguments ... is empty
print(select("#", ...))
local a, b = ...
print(a, b)
local t = {...}
print(#t)
print(...)
print((...))
local function inner(...) return select("#", ...) end
print(inner(...))
print(inner(..., 1))
print(inner(1, ...))
local n = select("#", ...) + 1
print(n)
local u = {n = select("#", ...), ...}
print(u.n, u[1])

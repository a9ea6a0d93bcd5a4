-- the main chunk's _ENV upvalue set to nil
local print = print
local t = {1, 2, 3}
print(#t)
x = 5
print(x)
local function show() return y end
y = "why"
print(show())
_ENV = nil
print("env cleared")
print(show())
print("unreachable")

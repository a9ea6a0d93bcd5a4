-- calling a table
local t = {1, 2, 3}
print(#t, t[1])
local f = function() return t end
print(#f())
local copy = f()
print(copy == t)
local callable = t
print(type(callable))
print("calling a table")
callable()
print("unreachable")

-- an uncaught runtime error raised inside a loaded chunk ends the program
local f = load("local t = {}\nlocal v = t.missing\nreturn v.field", "=loaded")
print("before")
local ok, e = pcall(f)
print(ok, e)
print("calling without pcall")
f()
print("not reached")

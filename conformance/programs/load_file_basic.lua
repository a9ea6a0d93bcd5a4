-- loadfile compiles a file into a function without running it
local f, e = loadfile("modules/values.lua")
print(type(f), e)
print(f())
print(f("a", "b"))
print(select('#', f(nil, nil, nil)))
-- each call runs the file again
local g = loadfile("modules/globals.lua")
print(g(), g(), counter, shared)
-- loadfile returns a fresh function each time
local g2 = loadfile("modules/globals.lua")
print(rawequal(g, g2), g2())
-- functions defined in the file report the file name in errors
local t, broken = loadfile("modules/multiline.lua")()
print(#t, t[3])
print(pcall(broken, {}))
print(pcall(broken, { y = { z = "deep" } }))

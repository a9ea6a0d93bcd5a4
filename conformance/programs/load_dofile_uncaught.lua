-- an uncaught error from a file run by dofile ends the program
print("start")
local t = dofile("modules/multiline.lua")
print(#t)
print(pcall(dofile, "modules/thrower.lua"))
dofile("modules/thrower.lua")
print("not reached")

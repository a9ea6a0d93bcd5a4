-- loadfile of a missing file returns nil and a message
local f, e = loadfile("modules/nofile.lua")
print(f, e)
print(select('#', loadfile("modules/nofile.lua")))
f, e = loadfile("no_such_dir/x.lua")
print(f, e)
-- dofile of a missing file raises the error
local ok, err = pcall(dofile, "modules/nofile.lua")
print(ok, err)
-- a file with a syntax error
f, e = loadfile("modules/bad_syntax.lua")
print(f, e)

-- loadfile with mode and env arguments
local f, e = loadfile("modules/envfile.lua", "t", { base = 21 })
print(type(f), e)
local env = { base = 5 }
f = loadfile("modules/envfile.lua", "bt", env)
print(f())
print(env.result, result)
env.base = 50
print(f(), env.result)
-- mode "b" refuses a text file
print(loadfile("modules/envfile.lua", "b"))
-- no env: the file sees the global table
base = 4
f = loadfile("modules/envfile.lua")
print(f())
print(result)
-- explicit nil env: indexing globals fails
f = loadfile("modules/envfile.lua", "t", nil)
print(pcall(f))
-- env only applies to the loaded chunk, not to the caller
print(rawget(env, "print"), type(print))

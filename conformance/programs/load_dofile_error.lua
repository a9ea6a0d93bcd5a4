-- errors raised while running a file propagate out of dofile
local ok, e = pcall(dofile, "modules/thrower.lua")
print(ok, e)
ok, e = pcall(dofile, "modules/bad_index.lua")
print(ok, e)
-- a non-string error value propagates unchanged
ok, e = pcall(dofile, "modules/thrower_table.lua")
print(ok, type(e), tostring(e), e.code)
-- a syntax error in the file
ok, e = pcall(dofile, "modules/bad_syntax.lua")
print(ok, e)
-- the error goes through a function that calls dofile
local function run(name)
  local r = dofile(name)
  return r
end
ok, e = pcall(run, "modules/thrower.lua")
print(ok, e)
-- xpcall sees the same message
print(xpcall(dofile, function(m) return "xp: " .. m end, "modules/bad_runtime.lua"))

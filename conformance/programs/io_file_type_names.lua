-- Errors about open files name them by their metatable's __name (FILE*), as Lua's
-- luaT_objtypename does for any full userdata.
local function try(f)
  local ok, e = pcall(f)
  print(ok, e)
end
try(function() return #io.stdout end)
try(function() return io.stdout + 1 end)
try(function() return -io.stderr end)
try(function() return io.stdout < io.stderr end)
try(function() return io.stdout .. "x" end)
try(function() io.stdout.x = 1 end)
try(function() return io.stdout.nope.x end)
try(function() return io.stdout & 1 end)
print(type(io.stdout), getmetatable(io.stdout).__name)
print(io.stdout == io.stdout, io.stdout == io.stderr, rawequal(io.stdout, io.stdout))
local t = {}
t[io.stdout] = "out"
print(t[io.stdout], t[io.stderr])

-- error level 0 adds no position; non-string values never get a position
local function f0() error("plain message", 0) end
print(pcall(f0))
print(pcall(function() error("", 0) end))
print(pcall(function() error(12, 0) end))
print(pcall(function() error(12) end))
print(pcall(function() error(12, 2) end))
print(pcall(function() error(1.5) end))
print(pcall(function() error(false, 2) end))
local ok, v = pcall(function() error("x:1: already positioned", 0) end)
print(ok, v)
ok, v = pcall(function() error("x:1: positioned again") end)
print(ok, v)
local function rethrow()
  local ok2, e = pcall(error, "first")
  error(e, 0)
end
print(pcall(rethrow))
local function rethrow1()
  local ok2, e = pcall(error, "first")
  error(e)
end
print(pcall(rethrow1))

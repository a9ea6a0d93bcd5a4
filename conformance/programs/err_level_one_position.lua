-- error with level 1 (explicit or default) prefixes "file:line:"
local function a() error("default level") end
local function b() error("explicit level", 1) end
local function c()
  local x = 1
  error("multi " ..
    "line " .. x)
end
print(pcall(a))
print(pcall(b))
print(pcall(c))
print(pcall(error, "direct"))
print(pcall(error, "direct one", 1))
local t = {}
function t.method() error("in method") end
print(pcall(t.method))
print(pcall(function() error("anon", 1) end))
print(pcall(function() error(42, 1) end))
print(pcall(function() error(true, 1) end))

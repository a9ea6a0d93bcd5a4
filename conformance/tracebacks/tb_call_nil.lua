-- calling a nil value (global, field, method, local)
local lib = {}
local function a() return lib.missing(1) end
print(pcall(a))
local function b() local obj = {} return obj:nomethod() end
print(pcall(b))
local function c() return undefined_global_fn() end
print(pcall(c))
local function d()
  local f
  f()
end
d()

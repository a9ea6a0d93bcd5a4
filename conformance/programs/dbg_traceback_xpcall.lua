-- debug.traceback used directly as an xpcall message handler
local function fail(x)
  if x > 2 then error("too large: " .. x) end
  return x
end
local function run(x)
  local v = fail(x)
  return v
end
print(xpcall(run, debug.traceback, 1))
print("--")
print(xpcall(run, debug.traceback, 5))
print("--")
local function nilindex() local t = nil return t.x end
print(xpcall(nilindex, debug.traceback))
print("--")
local ok, e = xpcall(function() error({code = 3}) end, debug.traceback)
print(ok, type(e), e.code)
print("--")
print(xpcall(function() error("no position", 0) end, debug.traceback))
print("--")
print(xpcall(function() error() end, debug.traceback))

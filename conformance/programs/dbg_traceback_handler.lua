-- debug.traceback called inside xpcall handler functions
local function handler(msg)
  return debug.traceback("handled: " .. tostring(msg), 2)
end
local function handler1(msg)
  return debug.traceback(msg, 1)
end
local function deep(n)
  if n == 0 then error("bottom reached") end
  local r = deep(n - 1)
  return r
end
print(xpcall(deep, handler, 3))
print("--")
print(xpcall(deep, handler1, 2))
print("--")
local function counting(msg)
  local tb = debug.traceback(msg)
  local lines = 0
  for i = 1, #tb do if tb:sub(i, i) == "\n" then lines = lines + 1 end end
  return "lines=" .. lines
end
print(xpcall(deep, counting, 4))
print("--")
local function wrapper()
  return xpcall(function() local x = nil; return x + 1 end, function(m) return debug.traceback(m, 2) end)
end
print(wrapper())

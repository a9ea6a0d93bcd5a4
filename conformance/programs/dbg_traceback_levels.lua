-- debug.traceback(msg, level) with levels 0 to 5
local function c(level)
  local s = debug.traceback("level " .. level, level)
  return s
end
local function b(level)
  local s = c(level)
  return s
end
local function a(level)
  local s = b(level)
  return s
end
for level = 1, 3 do
  print(a(level))
  print("--")
end
print(a(5))
print("--")
print(a(50))
print("--")
local s = a(0)
print(#s > 0)

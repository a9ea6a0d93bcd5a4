-- debug.traceback with a message, from nested functions of several kinds
local function inner(msg)
  return debug.traceback(msg)
end
local function middle(msg)
  local s = inner(msg)
  return s
end
function global_outer(msg)
  local s = middle(msg)
  return s
end
local obj = {}
function obj:method(msg) local s = global_outer(msg) return s end
local T = {f = function(msg) local s = obj:method(msg) return s end}
print(T.f("hello from inner"))
print("--")
print(inner("direct"))
print("--")
print(debug.traceback("from main"))
print("--")
print(debug.traceback("multi\nline message"))

-- debug.traceback inside chunks created by load
local f = load("return debug.traceback('in chunk')")
print(f())
print("--")
local g = load("local function h() return debug.traceback('nested', 1) end\nreturn h()", "=named")
print(g())
print("--")
local mk = load([[
local function helper(x)
  return debug.traceback("helper " .. x)
end
return function(x) local s = helper(x) return s end
]], "@virtual/mod.lua")()
print(mk(7))
print("--")
local function caller() local s = mk(8) return s end
print(caller())

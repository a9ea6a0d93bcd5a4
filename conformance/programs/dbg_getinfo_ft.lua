-- debug.getinfo 'f' (func) and 't' (istailcall)
local function me()
  return debug.getinfo(1, "f").func
end
print(me() == me)
local function caller_func() return debug.getinfo(2, "f").func end
local function outer() return caller_func() == outer end
print((outer()))
print(debug.getinfo(print, "f").func == print)
local i = debug.getinfo(me, "f")
print(i.func == me, i.currentline, i.source)
local function tc() return debug.getinfo(1, "t").istailcall end
local function calls_tail() return tc() end
local function calls_plain() local r = tc() return r end
print(calls_tail(), calls_plain())
local f = debug.getinfo(1, "ft")
print(type(f.func), f.istailcall)
local keys = {}
for k in pairs(debug.getinfo(1, "ft")) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, ","))

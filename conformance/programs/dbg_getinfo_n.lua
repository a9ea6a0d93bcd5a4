-- debug.getinfo 'n': name and namewhat for various kinds of calls
local function who()
  local i = debug.getinfo(2, "n")
  return tostring(i.name) .. "/" .. tostring(i.namewhat)
end
local function loc() local r = who() return r end
function glob() local r = who() return r end
local T = {}
T.field = function() local r = who() return r end
function T:meth() local r = who() return r end
local function viaup() local r = loc() return r end
print(loc())
print(glob())
print(T.field())
print(T:meth())
print(viaup())
local mt = {__index = function(t, k) local r = who() return r end,
            __add = function(a, b) local r = who() return r end,
            __eq = function(a, b) print(who()) return true end,
            __call = function(self) local r = who() return r end}
local obj = setmetatable({}, mt)
print(obj.anything)
print(obj + 1)
print(obj == setmetatable({}, mt))
print(obj())
local main = debug.getinfo(1, "n")
print(main.name, main.namewhat)
local function tail() return who() end
local function calls_tail() local r = tail() return r end
print(calls_tail())
local cb
table.sort({2, 1}, function(a, b) cb = who() return a < b end)
print(cb)
for _, f in ipairs({loc}) do print(f()) end

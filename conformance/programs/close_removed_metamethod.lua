-- __close is looked up again when closing: removing it after the declaration
-- makes closing fail with "attempt to call a nil value"
local mt = {__close = function(o, e) print("close", o.name, e) end}
print(pcall(function()
  local a <close> = setmetatable({name = "a"}, mt)
  mt.__close = nil
  print("removed __close")
end))
-- restore and check it works again
mt.__close = function(o, e) print("close again", o.name, e) end
do
  local b <close> = setmetatable({name = "b"}, mt)
end
-- replacing __close after declaration: the new function is called
print(pcall(function()
  local c <close> = setmetatable({name = "c"}, mt)
  mt.__close = function(o, e) print("replacement close", o.name, e) end
end))
-- removing the whole metatable
print(pcall(function()
  local d <close> = setmetatable({name = "d"}, {__close = function() print("never") end})
  setmetatable(d, nil)
end))
-- the other closables are still closed after the failing one
local ok_mt = {__close = function(o, e) print("ok close", o.name, e) end}
local gone = {__close = function() end}
print(pcall(function()
  local x <close> = setmetatable({name = "x"}, ok_mt)
  local y <close> = setmetatable({name = "y"}, gone)
  gone.__close = nil
  return "result"
end))
-- __close replaced by a non-callable value
local mt5 = {__close = function() end}
print(pcall(function()
  local z <close> = setmetatable({}, mt5)
  mt5.__close = 123
end))

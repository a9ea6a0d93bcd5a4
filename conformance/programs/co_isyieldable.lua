-- coroutine.isyieldable in different contexts
print("main:", coroutine.isyieldable())
local co = coroutine.create(function()
  print("inside:", coroutine.isyieldable())
  print("inside pcall:", pcall(coroutine.isyieldable))
  print("inside pcall(function):", pcall(function() return coroutine.isyieldable() end))
  print("inside xpcall:", xpcall(coroutine.isyieldable, print))
  local t = {3, 1, 2}
  local seen
  table.sort(t, function(a, b)
    seen = coroutine.isyieldable()
    return a < b
  end)
  print("inside sort comparator:", seen)
  local s = string.gsub("ab", "%w", function(c)
    seen = coroutine.isyieldable()
    return c
  end)
  print("inside gsub callback:", seen)
  local mt = {__index = function(t, k) return coroutine.isyieldable() end,
              __add = function(a, b) return coroutine.isyieldable() end,
              __tostring = function() return tostring(coroutine.isyieldable()) end}
  local obj = setmetatable({}, mt)
  print("inside __index:", obj.foo)
  print("inside __add:", obj + 1)
  print("inside __tostring via tostring:", tostring(obj))
  local it = function(s, i) if i < 1 then return i + 1, coroutine.isyieldable() end end
  for i, y in it, nil, 0 do print("inside for iterator:", y) end
  local inner = coroutine.wrap(function() return coroutine.isyieldable() end)
  print("inside nested wrap:", inner())
  coroutine.yield()
end)
coroutine.resume(co)
print("main again:", coroutine.isyieldable())
-- with an explicit coroutine argument (5.4)
print("arg suspended:", coroutine.isyieldable(co))
print("arg main:", coroutine.isyieldable(coroutine.running()))
coroutine.resume(co)
print("arg dead:", coroutine.isyieldable(co))
local fresh = coroutine.create(print)
print("arg fresh:", coroutine.isyieldable(fresh))
print("main in sort:", pcall(table.sort, {2, 1}, function(a, b)
  print("  comparator in main:", coroutine.isyieldable()); return a < b end))

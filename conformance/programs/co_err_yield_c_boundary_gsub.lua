-- yields inside string.gsub callbacks and other C-called functions are not allowed
local co = coroutine.create(function()
  local r = string.gsub("abc", "%w", function(c)
    coroutine.yield(c)
    return c:upper()
  end)
  return r
end)
print(coroutine.resume(co))
print(coroutine.status(co))

local co2 = coroutine.wrap(function()
  local results = {}
  results[#results + 1] = select(2, pcall(string.gsub, "xy", ".", function(c) coroutine.yield(c) end))
  results[#results + 1] = select(2, pcall(string.gsub, "xy", ".", {x = "1"}))
  local ok, e = pcall(function()
    for w in string.gmatch("one two", "%a+") do
      coroutine.yield(w)   -- gmatch iterator is called by the for loop (Lua), fine
    end
  end)
  results[#results + 1] = tostring(ok)
  return table.concat(results, " | ")
end)
print(co2())
print(co2())
print(co2())

-- string.rep / string.format with __tostring that yields
local obj = setmetatable({}, {__tostring = function() coroutine.yield("ts"); return "OBJ" end})
local co3 = coroutine.create(function()
  return pcall(string.format, "%s!", obj)
end)
print(coroutine.resume(co3))

-- ipairs calls __index from C
local proxy = setmetatable({}, {__index = function(t, i)
  if i <= 3 then coroutine.yield("idx " .. i); return i * 10 end
end})
local co4 = coroutine.create(function()
  local sum = 0
  local ok, e = pcall(function()
    for i, v in ipairs(proxy) do sum = sum + v end
  end)
  return ok, e, sum
end)
print(coroutine.resume(co4))
-- direct indexing from Lua code may yield
local co5 = coroutine.create(function()
  local sum = 0
  for i = 1, 3 do sum = sum + proxy[i] end
  return sum
end)
print(coroutine.resume(co5))
print(coroutine.resume(co5))
print(coroutine.resume(co5))
print(coroutine.resume(co5))

-- yielding inside a table.sort comparator crosses a C-call boundary
local co = coroutine.create(function()
  local t = {3, 1, 2}
  table.sort(t, function(a, b)
    coroutine.yield("from comparator")
    return a < b
  end)
  return "sorted"
end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
-- the same but the error is caught by pcall inside the coroutine
local co2 = coroutine.create(function()
  local t = {5, 4, 3}
  local ok, e = pcall(table.sort, t, function(a, b)
    coroutine.yield()
    return a < b
  end)
  print("inside:", ok, e)
  coroutine.yield("still alive")
  table.sort(t)
  return table.concat(t, " ")
end)
print(coroutine.resume(co2))
print(coroutine.status(co2))
print(coroutine.resume(co2))
print(coroutine.status(co2))
-- yield from a Lua function called by the comparator, several levels down
local co3 = coroutine.wrap(function()
  local function level3() return coroutine.yield(1) end
  local function level2() return level3() end
  local t = {2, 1}
  local ok, e = pcall(table.sort, t, function(a, b) level2(); return a < b end)
  return ok, e
end)
print(co3())
-- comparator that does not yield works fine inside a coroutine
local co4 = coroutine.wrap(function()
  local t = {9, 7, 8}
  table.sort(t, function(a, b) return a > b end)
  coroutine.yield(table.concat(t, ","))
  return "end"
end)
print(co4())
print(co4())

-- errors thrown by compiled code (hot loops) inside coroutines: runtime
-- type errors, explicit error() with tables, and arithmetic errors
local function hot(t, n)
  local s = 0
  for i = 1, n do s = s + t[i] end
  return s
end
local data = {}
for i = 1, 5000 do data[i] = i end
local function runner(t)
  return coroutine.create(function()
    local s = hot(t, 5000)
    coroutine.yield(s)
    return hot(t, 5000) * 2
  end)
end
for round = 1, 3 do
  data[4000] = 4000
  local co = runner(data)
  print(round, coroutine.resume(co))
  if round == 2 then data[4000] = "oops" end
  if round == 3 then data[4000] = {} end
  print(round, coroutine.resume(co))
  print(round, coroutine.status(co))
end
data[4000] = 4000
-- integer division by zero in a compiled loop; wrap re-raises it
local co = coroutine.wrap(function()
  local s = 0
  for i = 10, -10, -1 do
    s = s + 1000 // i
    if i % 5 == 0 then coroutine.yield(s) end
  end
end)
for _ = 1, 2 do print(co()) end
print(pcall(co))
print(pcall(co))
-- error values of different types thrown from a hot loop
for _, v in ipairs({ 42, 3.5, true, "str" }) do
  local c = coroutine.create(function()
    local acc = 0
    for i = 1, 3000 do
      acc = acc + i
      if i == 2999 then error(v) end
    end
  end)
  local ok, e = coroutine.resume(c)
  print(ok, type(e), e)
end
local c = coroutine.create(function() local acc = 0 for i = 1, 3000 do acc = acc + i end error(setmetatable({}, { __tostring = function() return "custom" end })) end)
local ok, e = coroutine.resume(c)
print(ok, tostring(e))

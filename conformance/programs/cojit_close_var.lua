-- <close> variables inside hot loops of coroutines, closed by
-- coroutine.close while the coroutine is suspended
local log = {}
local function closer(name)
  return setmetatable({}, { __close = function(_, err) log[#log + 1] = name .. ":" .. tostring(err) end })
end
local closed_count = 0
local function counter() return setmetatable({}, { __close = function() closed_count = closed_count + 1 end }) end
local co = coroutine.create(function()
  local outer <close> = closer("outer")
  local s = 0
  for i = 1, 5000 do
    local c <close> = counter()
    s = s + i
    if i % 1000 == 0 then
      local inner <close> = closer("inner" .. i)
      coroutine.yield(i, s, closed_count)
    end
  end
  return s
end)
for _ = 1, 3 do print(coroutine.resume(co)) end
print("before close", closed_count, #log, table.concat(log, " "))
print(coroutine.close(co))
print("after close", closed_count, #log, table.concat(log, " "))
print(coroutine.status(co), coroutine.resume(co))
-- close a coroutine whose __close raises an error
local c2 = coroutine.create(function()
  local a <close> = closer("a")
  local b <close> = setmetatable({}, { __close = function() error("close failed") end })
  for i = 1, 3000 do if i == 2500 then coroutine.yield(i) end end
end)
print(coroutine.resume(c2))
print(coroutine.close(c2))
print(table.concat(log, " "))
-- closing many suspended coroutines that each hold a <close> in a hot loop
closed_count = 0
local cs = {}
for k = 1, 200 do
  cs[k] = coroutine.create(function()
    for i = 1, 100 do local c <close> = counter() if i == k % 100 + 1 then coroutine.yield(i) end end
  end)
  coroutine.resume(cs[k])
end
print("resumed", closed_count)
for k = 1, #cs do assert(coroutine.close(cs[k])) end
print("closed", closed_count, coroutine.status(cs[1]))

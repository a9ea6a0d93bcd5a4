-- classic producer/filter/consumer with send/receive, where the consumer
-- drives; hot loops in all three and mixed int/float/string values
local function receive(prod)
  local ok, v = coroutine.resume(prod)
  if not ok then error(v) end
  return v
end
local function send(x) coroutine.yield(x) end
local function producer(n)
  return coroutine.create(function()
    for i = 1, n do
      if i % 3 == 0 then send(i * 0.5)
      elseif i % 3 == 1 then send(i)
      else send(tostring(i)) end
    end
    send(nil)
  end)
end
local function filter(prod)
  return coroutine.create(function()
    local line = 0
    while true do
      local x = receive(prod)
      if x == nil then break end
      line = line + 1
      if type(x) == "string" then send(#x + line) else send(x + line) end
    end
    send(nil)
  end)
end
local function consumer(prod)
  local n, s, fl = 0, 0, 0
  while true do
    local x = receive(prod)
    if x == nil then break end
    n = n + 1
    s = s + x
    if math.type(x) == "float" then fl = fl + 1 end
    if n % 1500 == 0 then print(n, x, s, fl) end
  end
  return n, s, fl
end
print(consumer(filter(producer(12000))))
print(consumer(filter(filter(producer(6000)))))

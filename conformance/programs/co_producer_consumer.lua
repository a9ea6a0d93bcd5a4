-- producer/consumer with filters (PIL style), consumer-driven
local lines = {"alpha", "", "beta gamma", "delta", "", "epsilon zeta eta"}
local function receive(prod)
  local status, value = coroutine.resume(prod)
  return value
end
local function send(x) coroutine.yield(x) end
local function producer()
  return coroutine.create(function()
    for _, l in ipairs(lines) do send(l) end
    send(nil)
  end)
end
-- filter 1: drop empty lines
local function nonempty(prod)
  return coroutine.create(function()
    while true do
      local x = receive(prod)
      if x == nil then send(nil) return end
      if x ~= "" then send(x) end
    end
  end)
end
-- filter 2: split into words
local function words(prod)
  return coroutine.create(function()
    while true do
      local x = receive(prod)
      if x == nil then send(nil) return end
      for w in x:gmatch("%S+") do send(w) end
    end
  end)
end
-- filter 3: number the items
local function numbered(prod)
  return coroutine.create(function()
    local n = 0
    while true do
      local x = receive(prod)
      if x == nil then send(nil) return end
      n = n + 1
      send(string.format("%3d %s", n, x))
    end
  end)
end
local function consumer(prod)
  local count = 0
  while true do
    local x = receive(prod)
    if x == nil then break end
    count = count + 1
    print(x)
  end
  return count
end
local p = producer()
local chain = numbered(words(nonempty(p)))
print("consumed", consumer(chain))
print("producer status", coroutine.status(p))

-- producer-driven variant: the consumer is a coroutine fed by the producer
local total = {}
local sink = coroutine.create(function(first)
  local x = first
  while x do
    total[#total + 1] = x:upper()
    x = coroutine.yield(#total)
  end
  return "sink closed"
end)
for _, l in ipairs({"one", "two", "three"}) do
  print("fed", l, coroutine.resume(sink, l))
end
print(coroutine.resume(sink, nil))
print(table.concat(total, ","))

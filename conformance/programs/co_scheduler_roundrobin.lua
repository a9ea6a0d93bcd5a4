-- round-robin scheduler running 50 tasks with different lengths
local tasks = {}
local log = {}
local function spawn(id, steps)
  local co = coroutine.create(function()
    local acc = 0
    for s = 1, steps do
      acc = acc + id * s
      coroutine.yield(s)
    end
    return acc
  end)
  tasks[#tasks + 1] = {id = id, co = co}
end
for id = 1, 50 do spawn(id, (id * 7) % 11 + 1) end

local round = 0
local finished = {}
local results = {}
while #tasks > 0 do
  round = round + 1
  local still = {}
  local ran = 0
  for _, t in ipairs(tasks) do
    local ok, v = coroutine.resume(t.co)
    ran = ran + 1
    assert(ok)
    if coroutine.status(t.co) == "dead" then
      finished[#finished + 1] = t.id
      results[t.id] = v
    else
      still[#still + 1] = t
    end
  end
  print("round", round, "ran", ran, "left", #still)
  tasks = still
end
print("finish order:", table.concat(finished, " "))
local sum = 0
for id = 1, 50 do sum = sum + results[id] end
print("sum of results", sum, results[1], results[50])

-- scheduler with sleeping tasks: a task yields how many rounds to wait
local queue = {}
local out = {}
for id = 1, 5 do
  queue[#queue + 1] = {wake = 0, co = coroutine.create(function()
    for k = 1, 3 do
      out[#out + 1] = id .. ":" .. k
      coroutine.yield(id % 3)
    end
  end)}
end
local tick = 0
while #queue > 0 do
  tick = tick + 1
  local keep = {}
  for _, q in ipairs(queue) do
    if q.wake <= tick then
      local ok, wait = coroutine.resume(q.co)
      if coroutine.status(q.co) ~= "dead" then q.wake = tick + wait; keep[#keep + 1] = q end
    else
      keep[#keep + 1] = q
    end
  end
  queue = keep
end
print("ticks", tick)
print(table.concat(out, " "))

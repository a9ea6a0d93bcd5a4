-- A round-robin scheduler of many tasks: each task is a coroutine that does a little work
-- and yields to the scheduler, which keeps a ready queue until every task has finished.
local TASKS, STEPS = 2000, 500

local function task(id)
  return coroutine.create(function()
    local acc = id
    for step = 1, STEPS + id % 7 do
      acc = (acc * 31 + step) % 1000003
      coroutine.yield()
    end
    return acc
  end)
end

local ready = {}
for i = 1, TASKS do ready[i] = task(i) end
local total, switches, finished = 0, 0, 0
while #ready > 0 do
  local next_ready = {}
  for i = 1, #ready do
    local co = ready[i]
    local ok, result = coroutine.resume(co)
    switches = switches + 1
    if coroutine.status(co) == "dead" then
      total = (total + result) % 1000000007
      finished = finished + 1
    else
      next_ready[#next_ready + 1] = co
    end
  end
  ready = next_ready
end
print(finished, switches, total)

-- coroutines resuming coroutines: chains, changing resumers, nesting limits
-- a chain of 100 coroutines, each resuming the next and adding to the value
local function chain(n, v)
  if n == 0 then return v end
  local co = coroutine.create(chain)
  local ok, r = coroutine.resume(co, n - 1, v + n)
  assert(ok, r)
  return r
end
print("chain 100:", chain(100, 0))

-- yields go only to the direct resumer
local inner = coroutine.create(function()
  coroutine.yield("inner-1")
  coroutine.yield("inner-2")
  return "inner-end"
end)
local outer = coroutine.create(function()
  print("  outer got", coroutine.resume(inner))
  coroutine.yield("outer-1")
  print("  outer got", coroutine.resume(inner))
  return "outer-end"
end)
print(coroutine.resume(outer))
-- now main resumes inner directly: the resumer changes
print("main got", coroutine.resume(inner))
print(coroutine.resume(outer))
print(coroutine.status(inner), coroutine.status(outer))

-- ping-pong between two coroutines driven by main
local ping, pong
local log = {}
ping = coroutine.create(function()
  for i = 1, 3 do
    log[#log + 1] = "ping" .. i
    local ok, v = coroutine.resume(pong, i)
    log[#log + 1] = "ping got " .. tostring(v)
    coroutine.yield(i)
  end
end)
pong = coroutine.create(function(x)
  while true do
    log[#log + 1] = "pong" .. x
    x = coroutine.yield(x * 100)
  end
end)
while coroutine.status(ping) ~= "dead" do coroutine.resume(ping) end
print(table.concat(log, ", "))
print(coroutine.status(ping), coroutine.status(pong))

-- statuses along a live chain of 5 nested coroutines
local cos = {}
local report
for i = 1, 5 do
  cos[i] = coroutine.create(function()
    if i < 5 then coroutine.resume(cos[i + 1])
    else
      local st = {}
      for j = 1, 5 do st[j] = coroutine.status(cos[j]) end
      report = table.concat(st, " ")
    end
  end)
end
coroutine.resume(cos[1])
print(report)

-- nesting resumes far too deep hits the C stack limit, reported as an error value
local function nest(n)
  if n == 0 then return "bottom" end
  local ok, v = coroutine.resume(coroutine.create(nest), n - 1)
  if not ok then return "error: " .. v end
  return v
end
local r = nest(1000)
print(r:match("^error: ") ~= nil, r:match("stack overflow") ~= nil)

-- tail-recursive loops inside a coroutine (2e5 iterations), yielding
-- periodically from inside the tail-call chain
local function loop(i, n, acc)
  if i > n then return acc end
  if i % 20000 == 0 then coroutine.yield(i, acc) end
  return loop(i + 1, n, acc + (i % 10))
end
local co = coroutine.wrap(function() return "done", loop(1, 200000, 0) end)
while true do
  local a, b = co()
  print(a, b)
  if a == "done" then break end
end
-- mutual tail recursion with a float accumulator
local pong
local function ping(i, acc)
  if i == 0 then return acc end
  if i % 50000 == 0 then coroutine.yield("ping", i, acc) end
  return pong(i - 1, acc + 0.5)
end
function pong(i, acc)
  if i == 0 then return acc end
  return ping(i - 1, acc * 1.0 + 1)
end
local c2 = coroutine.create(ping)
local ok, a, b, c = coroutine.resume(c2, 200000, 0)
while coroutine.status(c2) == "suspended" do
  print(ok, a, b, c)
  ok, a, b, c = coroutine.resume(c2)
end
print("end", ok, a)
-- a tail call that switches argument types midway
local function tc(i, x)
  if i == 0 then return x end
  if i == 60000 then x = tostring(x) end
  if i == 40000 then x = tonumber(x) + 0.25 end
  if type(x) == "string" then return tc(i - 1, x) end
  return tc(i - 1, x + 1)
end
print(coroutine.wrap(tc)(100000, 0))

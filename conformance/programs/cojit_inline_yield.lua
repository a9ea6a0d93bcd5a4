-- a tiny hot function that yields, called from a hot loop (an inlining
-- candidate); the caller's locals are live across the yield
local function step(x)
  if x % 64 == 0 then coroutine.yield(x) end
  return x * 2 + 1
end
local function driver(n)
  local a, b, c = 0, 1.5, "k"
  for i = 1, n do
    local v = step(i)
    a = a + v
    b = b + v / 4
    if i % 1000 == 0 then c = c .. (i // 1000) end
  end
  return a, b, c
end
-- warm up outside coroutines is impossible (step yields), so run it in many
local results = {}
for round = 1, 5 do
  local co = coroutine.create(driver)
  local ok, v = coroutine.resume(co, 2000 + round * 100)
  local ys, sum = 0, 0
  while coroutine.status(co) == "suspended" do
    ys = ys + 1
    sum = sum + v
    ok, v, results[2], results[3] = coroutine.resume(co)
  end
  print(round, ys, sum, v, results[2], results[3])
end
-- the same small function called without ever yielding from a hot loop
local co = coroutine.wrap(function()
  local s = 0
  for i = 1, 5000 do s = s + step(i * 64 + 1) end
  return s
end)
print("no-yield", co())

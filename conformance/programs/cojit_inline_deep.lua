-- yield four call levels deep under small hot functions; every level
-- keeps locals live across the yield and combines them afterwards
local function l4(x)
  local t = x * 3
  local r = coroutine.yield(t)
  return t + (r or 0)
end
local function l3(x)
  local a = x + 1
  local v = (x % 5 == 0) and l4(a) or a
  return v + a
end
local function l2(x)
  local b = x * 2
  local v = l3(b)
  return v - b + 0.5 * (x % 2)
end
local function l1(x)
  local c = x - 7
  local v = l2(x)
  return v * 2 + c
end
local co = coroutine.create(function(n)
  local acc = 0
  local facc = 0.0
  for i = 1, n do
    local v = l1(i)
    acc = acc + math.floor(v)
    facc = facc + v
  end
  return acc, facc
end)
local ok, v, v2 = coroutine.resume(co, 6000)
local k = 0
local ysum = 0
while coroutine.status(co) == "suspended" do
  k = k + 1
  ysum = ysum + v
  if k % 150 == 0 then print("yield", k, v, ysum) end
  ok, v, v2 = coroutine.resume(co, k % 3)
end
print("done", ok, v, v2, k, ysum)

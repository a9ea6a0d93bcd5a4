-- 1500 suspended coroutines alive at once, resumed in a different order
local N = 1500
local cos = {}
for i = 1, N do
  cos[i] = coroutine.create(function(a)
    local b = coroutine.yield(a * 2)
    local c = coroutine.yield(a + b)
    return a, b, c
  end)
end
-- first resume in creation order
local s = 0
for i = 1, N do
  local ok, v = coroutine.resume(cos[i], i)
  s = s + v
end
print("first pass sum", s)
local susp = 0
for i = 1, N do if coroutine.status(cos[i]) == "suspended" then susp = susp + 1 end end
print("suspended", susp)
-- second resume in reverse order
s = 0
for i = N, 1, -1 do
  local ok, v = coroutine.resume(cos[i], -i + 1)
  s = s + v
end
print("second pass sum", s)
-- third resume with a stride permutation (7919 is prime, coprime with N)
local order = {}
local check = 0
for k = 0, N - 1 do
  local i = (k * 7919) % N + 1
  local ok, a, b, c = coroutine.resume(cos[i], k)
  assert(ok and a == i and b == -i + 1 and c == k)
  check = check + a + b + c
  if k < 5 then order[#order + 1] = i end
end
print("third pass check", check, "first indices", table.concat(order, " "))
local dead = 0
for i = 1, N do if coroutine.status(cos[i]) == "dead" then dead = dead + 1 end end
print("dead", dead)
print(coroutine.resume(cos[1]))

-- many wraps alive at once, each with its own private state
local gens = {}
for i = 1, 500 do
  gens[i] = coroutine.wrap(function()
    local n = i
    while true do n = n + i; coroutine.yield(n) end
  end)
end
local total = 0
for round = 1, 3 do
  for i = 500, 1, -1 do total = total + gens[i]() end
end
print("wrap total", total)

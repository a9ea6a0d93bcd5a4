-- 1000 coroutines each running the same hot function, resumed round-robin
local function work(id)
  local acc, f = id, 0.0
  for i = 1, 60 do
    acc = (acc * 7 + i) % 65521
    f = f + acc / 1024
    if i % 6 == 0 then coroutine.yield(acc) end
  end
  return -1, acc, f
end
local cos = {}
for i = 1, 1000 do cos[i] = coroutine.create(work) end
local round = 0
local alive = #cos
local first = true
while alive > 0 do
  round = round + 1
  local rs, live = 0, 0
  for i = 1, #cos do
    local co = cos[i]
    if coroutine.status(co) == "suspended" then
      local ok, v, acc, f
      if first then ok, v, acc, f = coroutine.resume(co, i)
      else ok, v, acc, f = coroutine.resume(co) end
      if v == -1 then
        rs = rs + acc + math.floor(f)
      else
        rs = rs + v
        live = live + 1
      end
    end
  end
  first = false
  alive = live
  print("round", round, rs, alive)
end
local dead = 0
for i = 1, #cos do if coroutine.status(cos[i]) == "dead" then dead = dead + 1 end end
print("dead", dead)

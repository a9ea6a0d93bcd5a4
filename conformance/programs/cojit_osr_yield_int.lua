-- a hot integer loop inside a coroutine that yields every 250th iteration;
-- the loop is OSR-compiled while the coroutine is suspended and resumed
local co = coroutine.create(function(n, k)
  local acc, sq, x = 0, 0, 1
  for i = 1, n do
    acc = acc + i
    sq = (sq + i * i) % 1000003
    x = (x * 31 + i) & 0xFFFFFF
    if i % k == 0 then
      local got = coroutine.yield(i, acc, sq, x)
      acc = acc + got
    end
  end
  return "done", acc, sq, x
end)
local ok, i, acc, sq, x = coroutine.resume(co, 6000, 250)
local steps = 0
while coroutine.status(co) == "suspended" do
  steps = steps + 1
  if steps % 3 == 1 then print(ok, i, acc, sq, x) end
  ok, i, acc, sq, x = coroutine.resume(co, steps)
end
print("final", ok, i, acc, sq, x, steps)
-- the same body run twice more with different strides (function is now hot)
for _, k in ipairs({1, 7, 1000}) do
  local c = coroutine.wrap(function()
    local s = 0
    for i = 1, 3000 do
      s = s + i * 3 - (i // 7)
      if i % k == 0 then coroutine.yield(s) end
    end
    return -s
  end)
  local cnt, last = 0, nil
  while true do
    local v = c()
    cnt = cnt + 1
    last = v
    if v < 0 then break end
  end
  print("stride", k, cnt, last)
end

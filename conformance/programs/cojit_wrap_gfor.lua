-- coroutine.wrap iterators in a generic for, created inside a hot loop
local function range(a, b, step)
  return coroutine.wrap(function()
    for i = a, b, step do coroutine.yield(i, i * i) end
  end)
end
local total, cnt = 0, 0
for rep = 1, 400 do
  local s = 0
  for i, sq in range(rep, rep + 40, 3) do
    s = s + sq - i
    cnt = cnt + 1
  end
  total = total + s
  if rep % 50 == 0 then print(rep, s, total, cnt) end
end
-- iterator that returns a float key halfway through
local function mixed(n)
  return coroutine.wrap(function()
    for i = 1, n do
      if i > n // 2 then coroutine.yield(i + 0.5) else coroutine.yield(i) end
    end
  end)
end
for rep = 1, 5 do
  local s, fl = 0, 0
  for v in mixed(1000 * rep) do
    s = s + v
    if math.type(v) == "float" then fl = fl + 1 end
  end
  print("mixed", rep, s, fl)
end
-- break out of a wrap iterator early: the coroutine stays suspended forever
local seen = 0
for rep = 1, 2000 do
  for v in range(1, 100, 1) do
    if v > rep % 17 then break end
    seen = seen + v
  end
end
print("early", seen)

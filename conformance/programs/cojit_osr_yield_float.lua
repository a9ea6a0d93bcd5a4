-- float accumulators live across yields inside an OSR-compiled loop
local function gen(n, k, step)
  return coroutine.wrap(function()
    local f, g, h = 0.0, 1.0, 0.5
    for i = 1, n do
      f = f + step
      g = g * 1.0001
      h = h + i / 3
      if i % k == 0 then coroutine.yield(i, f, g, h) end
    end
    coroutine.yield(-1, f, g, h)
  end)
end
local it = gen(8000, 500, 0.125)
while true do
  local i, f, g, h = it()
  print(i, f, string.format("%.10f", g), string.format("%.4f", h))
  if i < 0 then break end
end
-- float loop control variable with yields
local c = coroutine.wrap(function()
  local s = 0
  for x = 0.0, 100.0, 0.03125 do
    s = s + x
    if x == math.floor(x) and x % 20 == 0 then coroutine.yield(x, s) end
  end
  return "end", s
end)
for _ = 1, 7 do print(c()) end
-- integer accumulator that overflows to wrap around across yields
local w = coroutine.wrap(function()
  local a = math.maxinteger - 5000
  for i = 1, 6000 do
    a = a + 1
    if i % 1000 == 0 then coroutine.yield(a, math.type(a)) end
  end
end)
for _ = 1, 6 do print(w()) end

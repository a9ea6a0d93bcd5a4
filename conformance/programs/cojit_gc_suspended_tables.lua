-- collectgarbage() called from inside a coroutine while other suspended
-- coroutines hold tables only they reference
local holders = {}
for h = 1, 50 do
  holders[h] = coroutine.create(function(n)
    local mine = {}
    for i = 1, n do mine[i] = { i * h, tostring(i + h) } end
    local cmd = coroutine.yield("built", #mine)
    while cmd ~= "stop" do
      local s = 0
      for i = 1, #mine do s = s + mine[i][1] + #mine[i][2] end
      mine[#mine + 1] = { -h, "x" }
      cmd = coroutine.yield("sum", s)
    end
    return "stopped", #mine
  end)
end
local tot = 0
for h = 1, #holders do
  local ok, tag, n = coroutine.resume(holders[h], 100 + h)
  tot = tot + n
end
print("built", tot)
local collector = coroutine.wrap(function()
  for r = 1, 4 do
    local garbage = {}
    for i = 1, 600 do garbage[i] = { i } end
    garbage = nil
    collectgarbage()
    collectgarbage("collect")
    coroutine.yield(r)
  end
end)
for r = 1, 4 do
  print("collect", collector())
  local s = 0
  for h = 1, #holders do
    local ok, tag, v = coroutine.resume(holders[h], "go")
    s = s + v
    if h % 17 == 0 then print(r, h, tag, v) end
  end
  print("round", r, s)
end
for h = 1, #holders, 10 do print(coroutine.resume(holders[h], "stop")) end

-- a chain of wrap generators where each level transforms values of the
-- level below in a hot loop; depth 8; also re-entering after deopt
local function base(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
    return nil
  end)
end
local function wrapper(lvl, src)
  return coroutine.wrap(function()
    local local_acc = 0
    while true do
      local v = src()
      if v == nil then break end
      local_acc = local_acc + 1
      if lvl % 3 == 0 then v = v + 0.5 elseif lvl % 3 == 1 then v = v * 2 else v = v - lvl end
      coroutine.yield(v)
    end
    coroutine.yield(nil)
  end)
end
for _, depth in ipairs({ 3, 8 }) do
  local g = base(2500)
  for l = 1, depth do g = wrapper(l, g) end
  local n, s = 0, 0
  while true do
    local v = g()
    if v == nil then break end
    n = n + 1
    s = s + v
    if n % 500 == 0 then print(depth, n, v, s) end
  end
  print("depth", depth, n, s)
end
-- each level resumes the next level 'k' times per own yield
local function fan(lvl)
  if lvl == 0 then
    return coroutine.wrap(function() local i = 0 while true do i = i + 1 coroutine.yield(i) end end)
  end
  local child = fan(lvl - 1)
  return coroutine.wrap(function()
    while true do
      local s = 0
      for _ = 1, 3 do s = s + child() end
      coroutine.yield(s)
    end
  end)
end
local top = fan(5)
for i = 1, 8 do print("fan", i, top()) end

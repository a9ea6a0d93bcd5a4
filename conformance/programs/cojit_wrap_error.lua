-- errors inside coroutine.wrap generators propagate to the caller (with
-- the caller's position prepended for string errors) after hot loops
local function gen(fail_at, val)
  return coroutine.wrap(function()
    local s = 0
    for i = 1, 4000 do
      s = s + i
      if i == fail_at then error(val) end
      if i % 1000 == 0 then coroutine.yield(s) end
    end
    return "done", s
  end)
end
for _, case in ipairs({ { 2500, "bad" }, { 3999, 12 }, { 0, nil }, { 1000, false } }) do
  local g = gen(case[1], case[2])
  local outs = {}
  for _ = 1, 6 do
    local ok, a, b = pcall(g)
    outs[#outs + 1] = tostring(ok) .. ":" .. tostring(a) .. (b and (":" .. b) or "")
    if not ok or a == "done" then break end
  end
  print(case[1], table.concat(outs, " | "))
end
-- error in a nested wrap propagates through the outer wrap
local inner = coroutine.wrap(function()
  for i = 1, 3000 do if i % 1000 == 0 then coroutine.yield(i) end end
  local t = nil
  return t.field
end)
local outer = coroutine.wrap(function()
  while true do coroutine.yield(inner() * 2) end
end)
for _ = 1, 4 do print(pcall(outer)) end
-- calling the wrap function directly (not through pcall) from a hot loop in a coroutine
local g = gen(3500, "deep")
local c = coroutine.create(function()
  local s = 0
  for _ = 1, 10 do s = s + g() end
  return s
end)
print(coroutine.resume(c))
print(coroutine.status(c))

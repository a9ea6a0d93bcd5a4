-- allocation-heavy loops inside coroutines that yield, with full
-- collections happening between and during resumes
local function maker(id)
  return coroutine.create(function()
    local keep = {}
    for i = 1, 900 do
      local t = { id = id, i = i, s = "v" .. (i * id) }
      local f = function() return t.i + id end
      if i % 3 == 0 then keep[#keep + 1] = t end
      if i % 150 == 0 then
        coroutine.yield(#keep, f(), t.s)
      end
    end
    local s = 0
    for j = 1, #keep do s = s + keep[j].i + #keep[j].s end
    return "sum", s
  end)
end
local cos = {}
for id = 1, 8 do cos[id] = maker(id) end
local step = 0
while true do
  local any = false
  for id = 1, #cos do
    local co = cos[id]
    if coroutine.status(co) == "suspended" then
      any = true
      local ok, a, b, c = coroutine.resume(co)
      if id % 3 == 1 then print(id, ok, a, b, c) end
    end
  end
  step = step + 1
  if step % 2 == 0 then collectgarbage() end
  if not any then break end
end
-- strings built in a hot loop inside a coroutine, collected while it is suspended
local sb = coroutine.wrap(function()
  local parts = {}
  for i = 1, 1200 do
    parts[#parts + 1] = string.format("%04d", i % 9973)
    if i % 1000 == 0 then
      coroutine.yield(#table.concat(parts))
      parts = { parts[#parts] }
    end
  end
  return table.concat(parts)
end)
for _ = 1, 5 do print(sb()); collectgarbage("collect") end

-- coroutines resuming other coroutines, nested 3-10 levels, with a hot
-- loop at every level; values flow up and down the chain
local function level(depth, maxd)
  return coroutine.create(function(seed)
    local child = depth < maxd and level(depth + 1, maxd) or nil
    local acc = 0
    for i = 1, 400 do
      acc = acc + (i * depth + seed) % 97
      if child and i % 40 == 0 then
        local ok, v = coroutine.resume(child, acc % 13)
        if ok and v then acc = acc + v end
      end
      if i % 100 == 0 then seed = coroutine.yield(acc) or seed end
    end
    return acc
  end)
end
for _, maxd in ipairs({ 3, 5, 10 }) do
  local top = level(1, maxd)
  local ok, v = coroutine.resume(top, 1)
  local outs = {}
  while coroutine.status(top) == "suspended" do
    outs[#outs + 1] = v
    ok, v = coroutine.resume(top, #outs)
  end
  outs[#outs + 1] = v
  print(maxd, ok, table.concat(outs, ","))
end
-- statuses seen from inside a nested chain
local a, b, c
c = coroutine.create(function()
  coroutine.yield(coroutine.status(a), coroutine.status(b), coroutine.status(c), coroutine.isyieldable())
end)
b = coroutine.create(function() return coroutine.resume(c) end)
a = coroutine.create(function() return coroutine.resume(b) end)
print(coroutine.resume(a))
print(coroutine.status(a), coroutine.status(b), coroutine.status(c))
-- a coroutine cannot resume itself or a normal one
local self_co
self_co = coroutine.create(function() return coroutine.resume(self_co) end)
print(coroutine.resume(self_co))
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function() return coroutine.resume(outer) end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer))
-- very deep nesting of resumes overflows the C stack
local cd = 0
local function nest()
  cd = cd + 1
  local ok, e = coroutine.resume(coroutine.create(nest))
  if not ok then error(e, 0) end
end
local ok, e = pcall(nest)
print(ok, type(e) == "string" and e:find("stack overflow", 1, true) ~= nil, cd > 50)

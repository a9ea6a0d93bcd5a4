-- __index functions that yield, called from hot loops in a coroutine
local misses = 0
local proxy = setmetatable({}, {
  __index = function(t, k)
    misses = misses + 1
    local v = coroutine.yield("miss", k)
    rawset(t, k, v)
    return v
  end
})
local co = coroutine.create(function()
  local s = 0
  for i = 1, 6000 do
    local key = i % 250
    s = s + proxy[key]
  end
  return "done", s
end)
local ok, tag, k = coroutine.resume(co)
local n = 0
while tag == "miss" do
  n = n + 1
  ok, tag, k = coroutine.resume(co, k * 3 + 1)
end
print(ok, tag, k, n, misses)
-- __index yield that never caches: every access yields
local lazy = setmetatable({}, { __index = function(_, k) return coroutine.yield(k) * 2 end })
local w = coroutine.wrap(function()
  local acc = 0
  for i = 1, 3000 do
    acc = acc + lazy[i]
    if i % 500 == 0 then print("acc", i, acc) end
  end
  return "fin", acc
end)
local v = w()
while v ~= "fin" do v = w(v + 0.5) end
-- __newindex that yields
local log = {}
local obj = setmetatable({}, { __newindex = function(t, k, v) local r = coroutine.yield(k) rawset(t, k, v + r) end })
local w2 = coroutine.wrap(function()
  for i = 1, 2000 do obj[i] = i end
  local s = 0
  for i = 1, 2000 do s = s + obj[i] end
  return -1, s
end)
local x, y = w2()
while x ~= -1 do x, y = w2(x % 3) end
print("newindex", y)

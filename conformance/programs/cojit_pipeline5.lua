-- five-stage pipeline built with coroutine.create/resume and explicit
-- status checks; each stage has its own hot loop and running state
local function stage(name, f, up)
  return coroutine.create(function()
    local seen, acc = 0, 0
    while true do
      local v
      if up then
        local ok, x = coroutine.resume(up)
        if not ok then error(x) end
        if x == nil then break end
        v = x
      else
        seen = seen + 1
        if seen > 20000 then break end
        v = seen
      end
      local out = f(v)
      if up then seen = seen + 1 end
      if out ~= nil then
        acc = acc + 1
        coroutine.yield(out)
      end
    end
    print(name, "seen", seen, "emitted", acc)
    return nil
  end)
end
local s1 = stage("src", function(v) return v end, nil)
local s2 = stage("sq", function(v) return v * v end, s1)
local s3 = stage("even", function(v) if v % 2 == 0 then return v end end, s2)
local s4 = stage("half", function(v) return v / 2 end, s3)
local s5 = stage("fmt", function(v) return v % 997 end, s4)
local n, sum = 0, 0
while true do
  local ok, v = coroutine.resume(s5)
  assert(ok, v)
  if v == nil then break end
  n = n + 1
  sum = sum + v
  if n % 1000 == 0 then print(n, v, sum, math.type(v)) end
end
print("end", n, sum, coroutine.status(s1), coroutine.status(s5))

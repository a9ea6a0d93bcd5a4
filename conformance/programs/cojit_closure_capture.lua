-- closures capturing locals of a coroutine; the coroutine modifies the
-- locals after yields and the closures (called from outside) see it
local getters
local co = coroutine.create(function()
  local a, b, f = 0, 1, 0.5
  local s = "s"
  getters = {
    function() return a end,
    function() return b end,
    function() return f end,
    function() return s end,
    function(x) a = a + x end,
  }
  for i = 1, 5000 do
    a = a + 1
    b = (b * 3) % 1000003
    f = f + 0.25
    if i % 1000 == 0 then s = s .. i // 1000 coroutine.yield(i) end
  end
  return a, b, f, s
end)
local ok, i = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  print(i, getters[1](), getters[2](), getters[3](), getters[4]())
  getters[5](1000)
  ok, i = coroutine.resume(co)
end
print("final", ok, i, coroutine.resume(co))
print(getters[1](), getters[2](), getters[3](), getters[4]())
-- loop-fresh locals captured per iteration inside a yielding hot loop
local fs = {}
local w = coroutine.wrap(function()
  for i = 1, 3000 do
    local v = i * 2
    fs[i] = function() v = v + 1 return v end
    if i % 750 == 0 then coroutine.yield(fs[i](), fs[1]()) end
  end
end)
for _ = 1, 4 do print("fresh", w()) end
local s = 0
for i = 1, #fs do s = s + fs[i]() end
print("sum", s)

-- a hot closure (compiled) whose upvalue lives in a suspended coroutine's
-- frame; the coroutine changes the upvalue's type between resumes
local inc
local co = coroutine.wrap(function()
  local counter = 0
  inc = function(d) counter = counter + d return counter end
  coroutine.yield("int", counter)
  counter = counter + 0.5
  coroutine.yield("float", counter)
  counter = tostring(counter)
  coroutine.yield("string", counter)
  counter = 1
  return "reset", counter
end)
print(co())
local function hammer(n, d)
  local last
  for i = 1, n do last = inc(d) end
  return last, math.type(last)
end
print(hammer(5000, 1))
print(co())
print(hammer(5000, 2))
print(co())
print(hammer(5000, 1))
print(co())
print(hammer(5000, 3))
-- closure called inside the coroutine's own hot loop and from outside alternately
local shared
local w = coroutine.wrap(function()
  local x = 0
  shared = function() x = x * 2 % 1000003 return x end
  for i = 1, 6000 do
    x = x + i
    if i % 600 == 0 then coroutine.yield(shared()) end
  end
  return "end", x
end)
for _ = 1, 11 do
  local v, x = w()
  if v == "end" then print(v, x) break end
  print(v, shared())
end

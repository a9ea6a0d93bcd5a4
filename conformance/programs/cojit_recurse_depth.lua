-- deep non-tail recursion inside coroutines returning a sum
local function sum(n)
  if n == 0 then return 0 end
  return n + sum(n - 1)
end
local function fsum(n)
  if n == 0 then return 0.0 end
  return fsum(n - 1) + n * 0.5
end
for _, d in ipairs({ 10, 5000, 20000, 100000 }) do
  local co = coroutine.create(sum)
  print("int", d, coroutine.resume(co, d))
  local co2 = coroutine.create(fsum)
  print("float", d, coroutine.resume(co2, d))
end
-- many warm calls at small depth, then deep
local acc = 0
local w = coroutine.wrap(function()
  for i = 1, 3000 do acc = acc + sum(i % 20) end
  coroutine.yield(acc)
  return sum(150000)
end)
print(w())
print(w())
-- recursion with several live locals per frame
local function tri(n, a, b)
  if n == 0 then return a + b end
  local x = n * 2
  local y = tri(n - 1, a + 1, b + x)
  return y + x - n
end
print(coroutine.wrap(tri)(30000, 0, 0))

-- infinite recursion inside a coroutine is caught by resume as a
-- "stack overflow" error; the coroutine is dead afterwards and the
-- program keeps running hot code
local depth = 0
local function inf(n, a, b, c, d, e, f, g)
  depth = depth + 1
  local x, y, z = n, n + 1, n + 2
  return 1 + inf(n + 1, x, y, z, a, b, c, d)
end
local function has(msg) return type(msg) == "string" and msg:find("stack overflow", 1, true) ~= nil end
for round = 1, 1 do
  depth = 0
  local co = coroutine.create(inf)
  local ok, msg = coroutine.resume(co, 1)
  print(round, ok, has(msg), depth > 10000, coroutine.status(co))
  print(round, coroutine.resume(co))
end
-- overflow after warming the function with shallow calls
local function rec(n, lim, a, b, c, d, e, f)
  if n >= lim then return n end
  local x, y, z = a, b, c
  return rec(n + 1, lim, x, y, z, d, e, f) + 0
end
local w = coroutine.wrap(function()
  local s = 0
  for i = 1, 2000 do s = s + rec(0, i % 30) end
  coroutine.yield(s)
  return rec(0, math.huge)
end)
print("warm", w())
local ok, msg = pcall(w)
print("wrap", ok, has(msg))
-- overflow inside a pcall inside the coroutine: caught there, coroutine continues
local co = coroutine.create(function()
  local ok, e = pcall(inf, 0)
  coroutine.yield(ok, has(e))
  local s = 0
  for i = 1, 5000 do s = s + i end
  return s
end)
print(coroutine.resume(co))
print(coroutine.resume(co))
-- a non-recursive hot loop still works afterwards in a fresh coroutine
print(coroutine.wrap(function() local t = 0 for i = 1, 10000 do t = t + i % 7 end return t end)())

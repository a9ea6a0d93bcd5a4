-- yields that cross C-call boundaries fail, while the same hot code
-- yielding directly works
local function cmp(a, b)
  if a == 50 then coroutine.yield("cmp") end
  return a < b
end
local co = coroutine.create(function()
  local t = {}
  for i = 1, 200 do t[i] = (i * 37) % 211 end
  table.sort(t, cmp)
  return t[1], t[200]
end)
print("sort", coroutine.resume(co))
print(coroutine.status(co))
local g = coroutine.create(function()
  local n = 0
  local s = string.gsub(string.rep("ab", 2000), "a", function(c) n = n + 1 if n == 1500 then coroutine.yield(n) end return "x" end)
  return #s
end)
print("gsub", coroutine.resume(g))
local ts = coroutine.create(function()
  local obj = setmetatable({}, { __tostring = function() coroutine.yield("ts") return "obj" end })
  local acc = 0
  for i = 1, 3000 do acc = acc + i end
  return tostring(obj), acc
end)
print("tostring", coroutine.resume(ts))
-- pcall and metamethods called from Lua are fine to yield across
local ok_co = coroutine.wrap(function()
  local s = 0
  for i = 1, 3000 do
    local ok, v = pcall(function() if i % 1000 == 0 then return coroutine.yield(i) end return i end)
    s = s + v
  end
  return "s", s
end)
print(ok_co()); print(ok_co(1)); print(ok_co(2)); print(ok_co(3))
-- yield from the main thread
print(pcall(coroutine.yield, 1))
local mt, ismain = coroutine.running()
print(coroutine.isyieldable(), type(mt), ismain)
-- load'ed chunk yielding is fine (Lua function)
local f = load("local s = 0 for i = 1, 5000 do s = s + i if i % 2500 == 0 then coroutine.yield(s) end end return 'L', s")
local lc = coroutine.wrap(f)
print(lc()); print(lc()); print(lc())

-- the same-fringe problem: compare leaf sequences of two trees lazily
local function leaves(tree)
  return coroutine.wrap(function()
    local function walk(t)
      if type(t) == "table" then
        for i = 1, #t do walk(t[i]) end
      else
        coroutine.yield(t)
      end
    end
    walk(tree)
    coroutine.yield(nil)   -- explicit end marker
  end)
end
local steps
local function same_fringe(a, b)
  local ga, gb = leaves(a), leaves(b)
  steps = 0
  while true do
    local x, y = ga(), gb()
    steps = steps + 1
    if x ~= y then return false, x, y end
    if x == nil then return true end
  end
end
local function report(name, a, b)
  local r = table.pack(same_fringe(a, b))
  print(name, r[1], r[2], r[3], "steps", steps)
end
local t1 = {1, {2, 3}, {{4}, 5}}
local t2 = {{1, 2}, {3, {4, {5}}}}
local t3 = {1, 2, {3, 4}, 6}
local t4 = {{{{1}}}, 2, 3, 4, 5, 6, 7}
report("t1 t2", t1, t2)
report("t1 t3", t1, t3)
report("t3 t4", t3, t4)
report("t1 t1", t1, t1)
report("t1 prefix", t1, {1, 2, 3, 4})
report("empty", {}, {{}, {{}}})
-- early exit: a differing first leaf is found after one step even for huge trees
local huge = {}
for i = 1, 1000 do huge[i] = {i, {i + 1}} end
local huge2 = {0}
for i = 1, 1000 do huge2[i + 1] = i end
report("huge", huge, huge2)
-- same fringe with explicit coroutine objects: leftover generators stay suspended
local ca = coroutine.create(function() for _, v in ipairs({"a", "b", "c"}) do coroutine.yield(v) end end)
local cb = coroutine.create(function() for _, v in ipairs({"a", "x", "c"}) do coroutine.yield(v) end end)
local n = 0
while true do
  local _, x = coroutine.resume(ca)
  local _, y = coroutine.resume(cb)
  n = n + 1
  if x ~= y then print("differ at", n, x, y) break end
  if x == nil then print("same") break end
end
print(coroutine.status(ca), coroutine.status(cb))
print(coroutine.close(ca), coroutine.close(cb), coroutine.status(ca))

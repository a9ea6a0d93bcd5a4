-- a coroutine suspended three inlined calls deep; while it is suspended
-- the argument types flowing into those calls change
local function leaf(x, y)
  if y == 0 then return coroutine.yield(x) end
  return x + y
end
local function mid(x, k) local a = leaf(x, k % 4) return a * 2 end
local function top(x, k) local b = mid(x, k) return b - k end
local inputs = {}
for i = 1, 2000 do inputs[i] = i end
local co = coroutine.create(function()
  local acc = 0
  for round = 1, 4 do
    local r = 0
    for k = 1, #inputs do r = r + top(inputs[k], k) end
    acc = acc + r
    coroutine.yield("round", round, r, acc, math.type(acc))
  end
  return "end", acc
end)
local yields, ysum = 0, 0
local function pump(arg)
  local ok, a, b, c, d, e = coroutine.resume(co, arg)
  while ok and a ~= "round" and a ~= "end" do
    yields = yields + 1
    if type(a) == "number" then ysum = ysum + a end
    if yields == 700 then for i = 1, #inputs do inputs[i] = i + 0.25 end end
    if yields == 1200 then for i = 1, #inputs do inputs[i] = tostring(i) end end
    ok, a, b, c, d, e = coroutine.resume(co, (yields % 3 == 0) and 1.5 or yields)
  end
  print(ok, a, b, c, d, e, yields, ysum)
end
pump(); pump()
for i = 1, #inputs do inputs[i] = i end
pump(); pump(); pump()

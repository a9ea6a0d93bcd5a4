-- hot callee that yields only on rare inputs: the common path gets
-- compiled, the yield path is taken occasionally mid-loop
local yields = 0
local function maybe(x, lim)
  if x > lim then
    yields = yields + 1
    local adj = coroutine.yield(x)
    return adj
  end
  return x
end
local function worker(seed, lim)
  local s, h = 0, seed
  for i = 1, 4000 do
    h = (h * 1103515245 + 12345) % 2147483648
    local v = maybe(h % 10000, lim)
    s = s + v
  end
  return s, h
end
for _, lim in ipairs({ 9990, 9900, 9500, 10000 }) do
  local co = coroutine.create(worker)
  local ok, v, h = coroutine.resume(co, lim, lim)
  local n, vs = 0, 0
  while coroutine.status(co) == "suspended" do
    n = n + 1
    vs = (vs + v) % 1000000
    ok, v, h = coroutine.resume(co, -n)
  end
  print(lim, n, vs, v, h, yields)
end

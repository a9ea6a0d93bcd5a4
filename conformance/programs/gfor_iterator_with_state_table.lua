-- iterator keeping state in a table passed as the invariant state
local function step(state, cur)
  if cur == nil then cur = state.from else cur = cur + state.by end
  if (state.by > 0 and cur > state.to) or (state.by < 0 and cur < state.to) then return nil end
  return cur
end
local function range(from, to, by) return step, {from = from, to = to, by = by or 1}, nil end
for i in range(1, 5) do io.write(i, " ") end
print()
for i in range(10, 0, -3) do io.write(i, " ") end
print()
for i in range(0, 1, 0.25) do io.write(i, " ") end
print()
local function fib_iter(s, _)
  s.a, s.b = s.b, s.a + s.b
  if s.a <= s.max then return s.a end
end
local out = {}
for f in fib_iter, {a = 0, b = 1, max = 100} do out[#out + 1] = f end
print(table.concat(out, " "))
local function tree_iter(stack)
  local node = table.remove(stack)
  if node == nil then return nil end
  if node.right then stack[#stack + 1] = node.right end
  if node.left then stack[#stack + 1] = node.left end
  return node.v
end
local tree = {v = 1, left = {v = 2, left = {v = 4}}, right = {v = 3, right = {v = 5}}}
for v in tree_iter, {tree} do io.write(v, " ") end
print()

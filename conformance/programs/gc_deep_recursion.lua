-- deep recursion that allocates at every level: the stack grows past its initial size while
-- collections scan it
local function build(n)
  if n == 0 then return {} end
  local node = { value = n, name = "n" .. n }
  node.next = build(n - 1)
  return node
end
local list = build(5000)
local count, sum = 0, 0
while list.next do count = count + 1 sum = sum + list.value list = list.next end
print(count, sum)
local function fill(n)
  if n == 0 then return 0 end
  local a, b, c = { n }, "s" .. n, { { n } }
  return fill(n - 1) + a[1] + #b + c[1][1]
end
for r = 1, 3 do print(fill(3000 * r)) end

-- Binary trees: allocate complete binary trees as nested tables {left, right} (a leaf is {}),
-- one stretch tree, one long-lived tree kept alive throughout, and many short-lived trees of
-- increasing depth; every tree is walked to count its nodes.
local function build(depth)
  if depth == 0 then
    return {}
  end
  local d = depth - 1
  return { build(d), build(d) }
end

local function count(node)
  local left = node[1]
  if left == nil then
    return 1
  end
  return 1 + count(left) + count(node[2])
end

local function power_of_two(k)
  local p = 1
  for _ = 1, k do
    p = p * 2
  end
  return p
end

local min_depth = 4
local max_depth = 16

local stretch = max_depth + 1
print(string.format("stretch tree of depth %d\t check: %d", stretch, count(build(stretch))))

local long_lived = build(max_depth)

local depth = min_depth
while depth <= max_depth do
  local iterations = power_of_two(max_depth - depth + min_depth)
  local total = 0
  for _ = 1, iterations do
    total = total + count(build(depth))
  end
  print(string.format("%d\t trees of depth %d\t check: %d", iterations, depth, total))
  depth = depth + 2
end

print(string.format("long lived tree of depth %d\t check: %d", max_depth, count(long_lived)))

-- walking a binary search tree with coroutines: in-order, pre-order, level-aware
local function insert(node, k)
  if not node then return {key = k} end
  if k < node.key then node.left = insert(node.left, k) else node.right = insert(node.right, k) end
  return node
end
local root
for _, k in ipairs({50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10}) do root = insert(root, k) end

local function inorder(node)
  if node then
    inorder(node.left)
    coroutine.yield(node.key)
    inorder(node.right)
  end
end
local function preorder(node, depth)
  if node then
    coroutine.yield(node.key, depth)
    preorder(node.left, depth + 1)
    preorder(node.right, depth + 1)
  end
end
local function walker(f, ...)
  local args = table.pack(...)
  return coroutine.wrap(function() f(table.unpack(args, 1, args.n)) end)
end
local out = {}
for k in walker(inorder, root) do out[#out + 1] = k end
print("inorder:", table.concat(out, " "))
out = {}
for k, d in walker(preorder, root, 0) do out[#out + 1] = string.rep(".", d) .. k end
print("preorder:", table.concat(out, " "))

-- interleave two walkers step by step (merge two sorted trees)
local other
for _, k in ipairs({5, 33, 47, 90, 12}) do other = insert(other, k) end
local a, b = walker(inorder, root), walker(inorder, other)
local x, y = a(), b()
out = {}
while x or y do
  if y == nil or (x ~= nil and x <= y) then out[#out + 1] = x; x = a()
  else out[#out + 1] = y; y = b() end
end
print("merged:", table.concat(out, " "))

-- a walker that can be told to skip subtrees via the resume value
local function pruned(node)
  if node then
    local skip = coroutine.yield(node.key)
    if skip ~= "skip" then
      pruned(node.left)
      pruned(node.right)
    end
  end
end
local co = coroutine.create(pruned)
local ok, k = coroutine.resume(co, root)
out = {}
while k do
  out[#out + 1] = k
  ok, k = coroutine.resume(co, (k == 30 or k == 70) and "skip" or nil)
end
print("pruned:", table.concat(out, " "), coroutine.status(co))

-- a general tree (n-ary) with depth-first walk counting leaves
local tree = {name = "root", {name = "a", {name = "a1"}, {name = "a2"}}, {name = "b"}, {name = "c", {name = "c1", {name = "c1x"}}}}
local function leaves(t)
  if #t == 0 then coroutine.yield(t.name) end
  for _, child in ipairs(t) do leaves(child) end
end
out = {}
for name in walker(leaves, tree) do out[#out + 1] = name end
print("leaves:", #out, table.concat(out, ","))

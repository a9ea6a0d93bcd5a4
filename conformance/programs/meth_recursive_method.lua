-- recursive methods on tree nodes
local function node(v, l, r)
  local n = {v = v, left = l, right = r}
  function n:sum()
    local s = self.v
    if self.left then s = s + self.left:sum() end
    if self.right then s = s + self.right:sum() end
    return s
  end
  function n:depth()
    local dl = self.left and self.left:depth() or 0
    local dr = self.right and self.right:depth() or 0
    return 1 + math.max(dl, dr)
  end
  function n:inorder(out)
    if self.left then self.left:inorder(out) end
    out[#out + 1] = self.v
    if self.right then self.right:inorder(out) end
    return out
  end
  return n
end
local tree = node(4, node(2, node(1), node(3)), node(6, node(5), node(7, nil, node(8))))
print(tree:sum(), tree:depth())
print(table.concat(tree:inorder({}), " "))
print(tree.left:sum(), tree.right:depth())

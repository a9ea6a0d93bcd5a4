-- iterating a linked list with a stateless iterator
local list = nil
for i = 5, 1, -1 do list = {v = i, next = list} end
local function nodes(head)
  return function(_, node)
    if node == nil then return head end
    return node.next
  end, nil, nil
end
for node in nodes(list) do io.write(node.v, " ") end
print()
local function step(_, node) return node.next end
local function from(head) return step, nil, {next = head} end
local s = 0
for node in from(list) do s = s + node.v end
print(s)
local count = 0
for node in nodes(nil) do count = count + 1 end
print(count)
for node in from(list) do
  if node.v == 3 then node.next = node.next.next end
end
for node in nodes(list) do io.write(node.v, " ") end
print()

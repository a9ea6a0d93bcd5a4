-- methods kept in one table and copied into instances
local Stack = {}
function Stack:push(v) self.items[#self.items + 1] = v end
function Stack:pop() local v = self.items[#self.items]; self.items[#self.items] = nil; return v end
function Stack:peek() return self.items[#self.items] end
function Stack:size() return #self.items end
local function newStack()
  local s = {items = {}}
  s.push, s.pop, s.peek, s.size = Stack.push, Stack.pop, Stack.peek, Stack.size
  return s
end
local s1, s2 = newStack(), newStack()
for i = 1, 5 do s1:push(i) end
s2:push("x")
print(s1:size(), s2:size(), s1:peek(), s2:peek())
print(s1:pop(), s1:pop(), s1:size())
print(s2:pop(), s2:pop(), s2:size())
local function balanced(str)
  local st = newStack()
  local pairs_ = {[")"] = "(", ["]"] = "[", ["}"] = "{"}
  for i = 1, string.len(str) do
    local c = string.sub(str, i, i)
    if c == "(" or c == "[" or c == "{" then st:push(c)
    elseif pairs_[c] then
      if st:pop() ~= pairs_[c] then return false end
    end
  end
  return st:size() == 0
end
print(balanced("(a[b]{c})"), balanced("(]"), balanced("(("), balanced(""))

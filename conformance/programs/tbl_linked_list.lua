-- linked list built from tables
local list = nil
for i = 1, 10 do list = {value = i, next = list} end
local node = list
local out = {}
while node do
  out[#out + 1] = node.value
  node = node.next
end
print(table.concat(out, " "))
local function reverse(l)
  local r = nil
  while l do
    local n = l.next
    l.next = r
    r = l
    l = n
  end
  return r
end
list = reverse(list)
out = {}
local n = list
while n do out[#out + 1] = n.value; n = n.next end
print(table.concat(out, ","))
local function remove_if(l, pred)
  local head = {next = l}
  local p = head
  while p.next do
    if pred(p.next.value) then p.next = p.next.next else p = p.next end
  end
  return head.next
end
list = remove_if(list, function(v) return v % 3 == 0 end)
local len, sum = 0, 0
n = list
while n do len = len + 1; sum = sum + n.value; n = n.next end
print(len, sum)
print(list.value, list.next.value, list.next.next.value)

-- length of a missing field
local queue = {items = {"a", "b"}}
print(#queue.items)
queue.items[#queue.items + 1] = "c"
print(#queue.items)
local function size(q) return #q.items end
print(size(queue))
local other = {}
print(other.items)
print("size of other")
print(size(other))
print("unreachable")

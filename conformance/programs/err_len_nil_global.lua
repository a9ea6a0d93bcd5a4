-- length of an undefined global
items = {10, 20, 30}
print(#items)
items[4] = 40
print(#items)
local sum = 0
for _, v in ipairs(items) do sum = sum + v end
print(sum)
print(itemz)
print("length of itemz")
print(#itemz)
print("unreachable")

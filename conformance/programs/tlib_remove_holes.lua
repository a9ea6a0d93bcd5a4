-- table.remove uses # to find the end
local t = {1, 2, 3, nil, 5}
print(#t)
print(table.remove(t), #t)
print(table.remove(t), #t)
local u = {n = 0}
u[1] = "a"
print(table.remove(u), #u, u[1])
local w = {1, 2, 3}
w[#w] = nil
print(table.remove(w), #w)
local x = {"a", "b", "c", "d"}
print(table.remove(x, 2), table.concat(x, ""), x[4])
print(table.remove(x, 1), table.concat(x, ""))
print(#x, x[3])
local stack = {}
for i = 1, 3 do table.insert(stack, i) end
print(table.remove(stack), table.remove(stack), table.remove(stack), table.remove(stack))
print(#stack)

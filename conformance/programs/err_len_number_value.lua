-- length of a number
local data = {count = 3, list = {1, 2, 3}}
print(#data.list)
print(data.count)
local n = data.count
print(n * 2)
local l = data.list
print(#l)
print(type(n))
print("length of a number")
print(#n)
print("unreachable")

-- table.insert into a nil variable
local list = {}
table.insert(list, "a")
table.insert(list, 1, "b")
print(#list, list[1], list[2])
local lists = {main = list}
table.insert(lists.main, "c")
print(#list)
print(lists.other)
print("inserting into nil")
table.insert(lists.other, "x")
print("unreachable")

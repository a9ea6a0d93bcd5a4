-- table.move with a missing destination index
local a = {1, 2, 3}
local b = table.move(a, 1, 3, 2)
print(table.concat(b, ","))
local c = table.move(a, 1, 2, 1, {})
print(table.concat(c, ","))
print(#a, #c)
local args = {1, 2}
print(args[1], args[2], args[3])
print("move with three numbers only")
table.move(a, args[1], args[2], args[3])
print("unreachable")

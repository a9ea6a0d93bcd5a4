-- select(0, ...) is out of range
local function count(...) return select("#", ...) end
print(count())
print(count(1))
print(count(nil, nil))
print(select(1, "x"))
print(select(2, "x"))
print(select(-1, "x"))
local args = {3, 2, 1}
for _, i in ipairs(args) do print(i, select(i, "p", "q", "r")) end
print(select(0, "x"))
print("unreachable")

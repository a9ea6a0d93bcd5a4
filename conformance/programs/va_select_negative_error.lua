-- select with a negative index beyond the argument count
print(select(-1, 1, 2, 3))
print(select(-3, 1, 2, 3))
print(select(2, 1, 2, 3))
print(select(5, 1, 2, 3))
print(select("#", 1, 2, 3))
local function pick(i, ...) return select(i, ...) end
print(pick(-2, "a", "b"))
print(pick(1, "a", "b"))
print("next fails")
print(pick(-3, "a", "b"))
print("unreachable")

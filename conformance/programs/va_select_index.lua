-- select(n, ...) with positive and negative n
print(select(1, "a", "b", "c"))
print(select(2, "a", "b", "c"))
print(select(3, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select(10, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-2, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(select("2", "a", "b", "c"))
print(select(2.0, "a", "b", "c"))
local function last(...) return (select(-1, ...)) end
print(last(1, 2, 3), last("only"), last(nil, false))
local function nth(i, ...) return (select(i, ...)) end
for i = 1, 4 do io.write(tostring(nth(i, 10, 20, 30)), " ") end
print()
print(select(-1, nil, nil))
print(select("#", select(2, 1, nil, nil)))

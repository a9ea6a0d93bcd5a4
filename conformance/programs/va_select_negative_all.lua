-- select with every valid negative index
local function all(...)
  local n = select("#", ...)
  for i = -1, -n, -1 do
    print(i, select(i, ...))
  end
end
all("a", "b", "c", "d")
all(nil, 2)
all()
print(select(-1, "only"))
print(select("#", select(-2, 1, 2, 3)))
print(select(1, nil))
print(select("#", select(1, nil)))

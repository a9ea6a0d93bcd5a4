-- xpcall passes extra arguments to the function and returns all its results
local function h(e) return "H:" .. tostring(e) end
local function sum(...)
  local s = 0
  for i = 1, select('#', ...) do s = s + (select(i, ...) or 0) end
  return s, select('#', ...)
end
print(xpcall(sum, h, 1, 2, 3))
print(xpcall(sum, h))
print(xpcall(sum, h, nil, nil, 5))
print(xpcall(sum, h, 1, "x"))
local function echo(...) return ... end
print(select('#', xpcall(echo, h, nil, nil)))
print(xpcall(echo, h, "a", nil, "c"))
print(xpcall(error, h, "msg", 0))
print(xpcall(error, h, {}, 0) == false)
print(xpcall(string.rep, h, "ab", 3, "-"))
print(xpcall(string.rep, h))

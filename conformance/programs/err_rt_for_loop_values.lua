-- numeric for with non-number initial value, limit or step raises errors
local function loop(a, b, c)
  local n = 0
  for i = a, b, c do n = n + 1 end
  return n
end
print(pcall(loop, "x", 10, 1))
print(pcall(loop, nil, 10, 1))
print(pcall(loop, 1, {}, 1))
print(pcall(loop, 1, 10, false))
print(pcall(loop, 1, 10, 0))
print(pcall(loop, 1.0, 10, 0.0))
print(pcall(loop, "1", 10, 1))
print(pcall(loop, 1, "10", 1))
print(pcall(loop, 1, 10, 3))
print(pcall(loop, 1.5, 3, 0.5))
print(pcall(function() for i = {}, 2 do end end))

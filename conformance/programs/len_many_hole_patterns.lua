-- # for several deterministic construction sequences
local function build(n, holes)
  local t = {}
  for i = 1, n do t[i] = i end
  for _, h in ipairs(holes) do t[h] = nil end
  return #t
end
print(build(4, {2}))
print(build(4, {4}))
print(build(4, {3, 4}))
print(build(8, {5}))
print(build(8, {8, 7}))
print(build(9, {9}))
print(build(9, {5}))
print(build(16, {1}))
print(build(16, {16, 15, 14}))
print(build(3, {1, 2, 3}))
print(build(5, {1}))
print(build(32, {17}))

-- binary trees (small): a long-lived tree survives while many short-lived ones come and go
local function build(d)
  if d == 0 then return {} end
  return { build(d - 1), build(d - 1) }
end
local function check(t)
  if t[1] == nil then return 1 end
  return 1 + check(t[1]) + check(t[2])
end
local long = build(10)
for d = 4, 10, 2 do
  local iters = 2 ^ (10 - d + 4)
  local c = 0
  for _ = 1, iters do c = c + check(build(d)) end
  print(math.floor(iters), d, c)
end
print(check(long))

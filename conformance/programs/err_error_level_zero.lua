-- error with level 0 has no position prefix
local function check(t)
  if #t == 0 then error("empty table given", 0) end
  return #t
end
print(check({1}))
print(check({1, 2, 3}))
local tables = {{1}, {}, {2}}
for i, t in ipairs(tables) do
  print("checking", i)
  print(check(t))
end
print("unreachable")

-- errors from global functions
function check(v)
  if type(v) ~= "number" then
    error("expected a number, got " .. type(v))
  end
  return v
end
function sum(list)
  local s = 0
  for i = 1, #list do s = s + check(list[i]) end
  return s
end
print(sum({1, 2, 3}))
print(sum({1, "two", 3}))

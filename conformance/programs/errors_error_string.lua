print("start")
local function check(x)
  if x > 2 then error("x too big: " .. x) end
  return x
end
print(check(1))
print(check(5))

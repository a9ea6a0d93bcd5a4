-- calling a global missing from a custom _ENV
local print = print
local env = {x = 1}
print(env.x)
do
  local _ENV = env
  y = x + 1
  print(y)
  z = y * 2
  print(z, x)
  print(tostring(z))
end
print("unreachable")

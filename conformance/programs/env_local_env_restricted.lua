-- local _ENV replaces the global environment for the rest of the block
local print, tostring = print, tostring
x = "real global"
do
  local _ENV = {print = print, y = "env y"}
  print(x, y)
  x = "env x"
  print(x)
  z = 5
  print(z)
end
print(x)
print(z)
do
  local saved = _G
  local _ENV = {}
  v = 1
  w = v + 1
  saved.print(v, w, saved.v)
end
print(v)
do
  local _ENV = {print = print}
  print(type)
  print(math)
end
print(type(type))

-- indexing through a nil _ENV local
local print = print
print("start")
local t = {v = 1}
do
  local _ENV = t
  print(v)
  v = v + 1
  print(v)
end
print(t.v)
local _ENV = nil
print(t.v)
print(anything)

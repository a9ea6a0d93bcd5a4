-- goto jumps forward into the scope of a local (compile error)
print("not printed")
local a = 1
do
  goto later
  local y = 2
  print(y)
  ::later::
  print("in block", y)
end
print(a)

-- a label inside a nested block is not visible from outside (compile error)
print("not printed")
local i = 0
do
  ::inside::
  i = i + 1
end
if i < 3 then
  goto inside
end
print(i)

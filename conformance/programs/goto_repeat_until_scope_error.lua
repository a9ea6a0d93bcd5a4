-- in repeat-until, the label before until is still in the scope of body locals
print("not printed")
local n = 0
repeat
  n = n + 1
  if n == 2 then goto continue end
  local done = n >= 4
  print(n)
  ::continue::
until done
print("end")

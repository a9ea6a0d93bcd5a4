-- a long outer loop, then an inner for with a zero step computed at run time
local total = 0
for i = 1, 6000 do
  local step = 6000 - i
  for j = 1, 2, (step > 0 and 1 or step) do total = total + j end
  if i % 2000 == 0 then print(i, total) end
end
print("unreachable")

-- nested loops with break (break only exits innermost loop)
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then break end
    print("i", i, "j", j)
  end
end
local found
for a = 1, 10 do
  for b = 1, 10 do
    if a * b == 42 then
      found = a .. "*" .. b
      break
    end
  end
  if found then break end
end
print("found", found)
local outer = 0
while true do
  outer = outer + 1
  local inner = 0
  repeat
    inner = inner + 1
    if inner == 2 then break end
  until false
  print("outer", outer, "inner", inner)
  if outer == 2 then break end
end
for i = 1, 5 do
  if i % 2 == 0 then
    print("even", i)
  else
    do
      print("odd", i)
    end
  end
  if i == 4 then break end
end

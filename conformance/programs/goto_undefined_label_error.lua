-- goto to a label that does not exist (compile error, nothing runs)
print("not printed")
local t = {1, 2, 3}
for i = 1, #t do
  if t[i] == 2 then
    goto missing
  end
  print(t[i])
end
local x = 1
print(x)

print("never")
for i = 1, 2 do
  if i then
    print(i)
  end


-- os.exit(true) ends with EXIT_SUCCESS
print("exiting with true")
for i = 1, 3 do
  if i == 2 then os.exit(true) end
  print("loop", i)
end
print("never printed")

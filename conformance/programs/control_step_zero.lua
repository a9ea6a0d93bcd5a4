print("before loop")
for i = 1, 3 do io.write(i, " ") end
print()
for i = 1, 10, 0 do print("never") end
print("not reached")

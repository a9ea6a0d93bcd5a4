-- numeric strings are accepted as for bounds; they make a float loop
for i = "1", 3 do io.write(tostring(i), " ") end print()
for i = 1, "3" do io.write(tostring(i), " ") end print()
for i = 1, 3, "1" do io.write(tostring(i), " ") end print()
for i = "0x10", 17 do io.write(tostring(i), " ") end print()
print("then a bad one")
for i = 1, "x" do print("never") end

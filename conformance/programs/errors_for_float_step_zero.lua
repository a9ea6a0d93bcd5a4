print("float loop ok")
for x = 0.5, 1.5 do print(x) end
for x = 0.5, 1.5, 0.0 do print("never") end

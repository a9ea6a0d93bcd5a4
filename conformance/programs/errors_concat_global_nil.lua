print("start")
print(1 .. 2)
print(undefined_name .. "x")

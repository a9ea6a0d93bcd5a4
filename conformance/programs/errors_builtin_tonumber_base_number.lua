-- with a base, the first argument must be a string
print("start")
print(tonumber("7", 8))
print(tonumber(7, 8))

print("start")
print(math.tointeger(1))
print(math.tointeger())

print("start")
print(math.max(1))
print(math.max())

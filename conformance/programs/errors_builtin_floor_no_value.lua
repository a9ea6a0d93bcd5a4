print("start")
print(math.ceil(2.5))
print(math.floor())

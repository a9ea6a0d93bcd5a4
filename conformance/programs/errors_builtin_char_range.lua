print("start")
print(string.char(72, 105))
print(string.char(65, 256))

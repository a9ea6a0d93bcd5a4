print("start")
print(string.sub("hello", 2, 3))
print(string.sub("hello", "x"))

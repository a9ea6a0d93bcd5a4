print("start")
print(string.byte("abc", 1.0))
print(string.byte("abc", 1.5))

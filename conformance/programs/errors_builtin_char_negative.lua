print("start")
print(string.byte(string.char(255)))
print(string.char(-1))

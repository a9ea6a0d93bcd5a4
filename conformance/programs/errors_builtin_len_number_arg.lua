-- numbers are accepted where strings are expected, but booleans are not
print("start")
print(string.len(12345))
print(string.len(true))

print(string.format("%d", 1))
print(string.format("%s|%s", "a", "b"))
print(string.format("%d", "x"))

print(string.format("%d", 2.0))
print(string.format("%x", 1.5))

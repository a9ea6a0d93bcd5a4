print(string.format("%d and", 1))
print(string.format("%d and %d", 1))

print(string.format("%-3s|", "ab"))
print(string.format("%5s|", "a\0b"))

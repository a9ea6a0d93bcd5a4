print("start")
print(2^53 | 0)
print(1e100 | 0)

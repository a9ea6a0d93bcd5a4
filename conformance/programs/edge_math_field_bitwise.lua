print(math.pi // 1 | 0)
print(math.pi | 0)

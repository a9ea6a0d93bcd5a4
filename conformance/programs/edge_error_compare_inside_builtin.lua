print(math.max(1, "x"))

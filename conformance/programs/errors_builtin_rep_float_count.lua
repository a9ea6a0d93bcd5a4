print("start")
print(string.rep("ab", 2.0))
print(string.rep("ab", 2.5))

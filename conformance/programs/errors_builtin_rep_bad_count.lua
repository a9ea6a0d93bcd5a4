print("start")
print(string.rep("ab", 2))
print(string.rep("ab", "many"))

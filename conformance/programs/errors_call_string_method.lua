print("start")
print(("x"):upper())
print(("x"):nope())

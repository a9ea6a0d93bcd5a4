print("start")
print(assert(1 == 1))
assert(false, 42)

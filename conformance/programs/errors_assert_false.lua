print("start")
print(assert(true))
assert(false)

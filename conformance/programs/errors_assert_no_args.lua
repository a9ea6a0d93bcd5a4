print("start")
assert()

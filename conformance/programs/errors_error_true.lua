print("start")
print("raising true")
error(true)

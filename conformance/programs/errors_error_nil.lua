print("start")
print("raising nil")
error(nil)

print("start")
error(1.5)

print("start")
error()

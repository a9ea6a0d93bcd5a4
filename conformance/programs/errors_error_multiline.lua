print("start")
error("first line\nsecond line")

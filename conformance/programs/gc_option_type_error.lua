print("before")
collectgarbage({})

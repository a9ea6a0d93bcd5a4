print(collectgarbage("setpause", 200))
collectgarbage("setpause", 1.5)

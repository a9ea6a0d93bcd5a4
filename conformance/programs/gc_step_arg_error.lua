print(collectgarbage("step", 3))
collectgarbage("step", "lots")

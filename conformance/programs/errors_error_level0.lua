print("start")
print("raising without position")
error("plain message", 0)

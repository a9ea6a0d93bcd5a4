print("start")
print("about to fail")
error("top-level failure")

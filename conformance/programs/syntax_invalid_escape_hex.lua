print("never")
print("\x4")

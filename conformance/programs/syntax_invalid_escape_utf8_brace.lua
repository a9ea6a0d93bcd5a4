print("never")
print("\u41")
